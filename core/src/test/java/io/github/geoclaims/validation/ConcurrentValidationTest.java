package io.github.geoclaims.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.TextAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared validator, many threads, valid and invalid documents: every thread sees the same, right answer. */
class ConcurrentValidationTest {

  private static final int THREADS = 8;
  private static final int VALIDATIONS_PER_THREAD = 200;

  @Test
  void sharedValidatorGivesIdenticalResultsUnderConcurrentUse() throws Exception {
    GeoClaimsValidator validator = GeoClaimsValidator.shared();
    List<ClaimDocument> documents = List.of(
        SampleDocuments.document(),
        SampleDocuments.rich(),
        SampleDocuments.document().withId("bad id"),
        SampleDocuments.withAttributions(SampleDocuments.whiteHouseSays().withQuote(
            TextAnchor.builder().exact("The Black House said").start(0).end(20).build())),
        SampleDocuments.withClaims("a", "b").withRelations(
            SampleDocuments.relation("a", io.github.geoclaims.model.RelationKind.SUPPORTS, "b"),
            SampleDocuments.relation("b", io.github.geoclaims.model.RelationKind.SUPPORTS, "a")));
    List<List<Violation>> expected = documents.stream().map(validator::validate).toList();
    assertThat(expected.get(0)).isEmpty();
    assertThat(expected.get(1)).isEmpty();
    assertThat(expected.subList(2, 5)).allSatisfy(violations -> assertThat(violations).isNotEmpty());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          int checked = 0;
          for (int i = 0; i < VALIDATIONS_PER_THREAD; i++) {
            int index = (i + offset) % documents.size();
            List<Violation> actual = validator.validate(documents.get(index));
            if (!actual.equals(expected.get(index))) {
              throw new AssertionError("document " + index + " gave " + actual + " instead of " + expected.get(index));
            }
            checked++;
          }
          return checked;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(60, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(THREADS * VALIDATIONS_PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
  }
}
