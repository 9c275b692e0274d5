package io.github.geoclaims.fuzzing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.geoclaims.model.ClaimDocument;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Structurally valid documents ({@link Seeds}), mutated semantically, then validated, written and read: either
 * through the model's {@code withX} methods ({@link ModelMutator}) or as JSON trees ({@link JsonTreeMutator}).
 * Validation never throws; only valid documents, the documented {@code GeoClaimsJsonException} (or, for a model
 * whose extension cannot be written, {@code IllegalArgumentException}) come out; see {@link Oracle}.
 *
 * <p>The seed corpus in {@code src/test/resources/io/github/geoclaims/fuzzing/DocumentMutationFuzzTestInputs/} holds
 * fuzzer inputs (choices of the FuzzedDataProvider), not documents.
 */
class DocumentMutationFuzzTest {

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = "30s")
  void mutateValidDocuments(FuzzedDataProvider data) {
    // The fixtures are large (30-80 kB, ~1 s per input with all checks): one input in four starts from one.
    List<Seeds.Seed> seeds = Seeds.all();
    int small = Seeds.classpathSeedCount();
    Seeds.Seed seed = data.consumeInt(0, 3) == 0 && seeds.size() > small
        ? seeds.get(data.consumeInt(small, seeds.size() - 1)) : seeds.get(data.consumeInt(0, small - 1));
    if (data.consumeBoolean()) {
      ModelMutator mutator = new ModelMutator(data, seed.document());
      Object document = seed.document();
      int count = data.consumeInt(1, 4);
      for (int i = 0; i < count; i++) {
        document = mutator.mutate(document, 0);
      }
      Oracle.checkModel((ClaimDocument) document);
    } else {
      Oracle.checkRead(JsonTreeMutator.mutate(seed.json(), data));
    }
  }
}
