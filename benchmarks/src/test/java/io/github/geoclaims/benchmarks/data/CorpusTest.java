package io.github.geoclaims.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.benchmarks.plain.PlainJson;
import io.github.geoclaims.json.GeoClaimsJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The generated benchmark inputs. That the documents are valid, deterministic and of the promised shape is the
 * generator's promise, tested in geoclaims-test-support; here, what the benchmarks add to it.
 */
class CorpusTest {

  @Test
  void aGeneratedCorpusIsTheCanonicalJsonOfItsDocumentAndReadsBackEqual() {
    Corpus corpus = Corpus.generated(300);

    assertThat(new String(corpus.json(), StandardCharsets.UTF_8))
        .isEqualTo(GeoClaimsJson.standard().write(corpus.document()));
    assertThat(GeoClaimsJson.standard().read(corpus.json())).isEqualTo(corpus.document());
    assertThat(corpus.document().getClaims()).hasSize(300);
    assertThat(corpus.name()).isEqualTo("generated-300");
  }

  @Test
  void theSameSizeGivesTheSameBytes() {
    assertThat(Corpus.generated(100).json()).isEqualTo(Corpus.generated(100).json());
  }

  @Test
  void plainRecordsWriteTheSameBytesAsTheLibrary() {
    byte[] json = Corpus.generated(300).json();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PlainJson.write(PlainJson.read(json), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(json, StandardCharsets.UTF_8));
  }
}
