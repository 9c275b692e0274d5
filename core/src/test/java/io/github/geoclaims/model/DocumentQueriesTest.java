package io.github.geoclaims.model;

import io.github.geoclaims.shapes.DocumentShape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The document's queries answer from indexes: asking once per element of a large document stays linear. Deadlines
 * guard against a return to a pass per query (50,000 passes over 50,000 claims take minutes), not benchmarks.
 */
class DocumentQueriesTest {

  private static final int ELEMENTS = 50_000;
  private static final Duration DEADLINE = Duration.ofSeconds(20);

  @Test
  void findsTheChainOfEveryAttributionWithoutAPassPerQuery() {
    ClaimDocument document = DocumentShape.PLAIN.generate(ELEMENTS);
    assertTimeoutPreemptively(DEADLINE, () -> {
      for (int i = 0; i < ELEMENTS; i++) {
        assertThat(document.chainOf(DocumentShape.attributionId(i))).hasSize(1);
      }
    });
    assertThat(document.chainOf("no-such-attribution")).isEmpty();
  }

  @Test
  void findsTheContradictionsOfEveryClaimWithoutAPassPerQuery() {
    ClaimDocument document = DocumentShape.CONTRADICTED_CLAIM.generate(ELEMENTS);
    assertTimeoutPreemptively(DEADLINE, () -> {
      assertThat(document.contradictionsOf(DocumentShape.claimId(0))).hasSize(ELEMENTS - 1);
      for (int i = 1; i < ELEMENTS; i++) {
        assertThat(document.contradictionsOf(DocumentShape.claimId(i))).hasSize(1);
      }
    });
  }

  @Test
  void findsTheClaimsOfEveryActorWithoutAPassPerQuery() {
    ClaimDocument document = DocumentShape.MANY_PARTICIPANTS.generate(ELEMENTS);
    assertTimeoutPreemptively(DEADLINE, () -> {
      for (int i = 0; i < ELEMENTS; i++) {
        assertThat(document.claimsByActor(DocumentShape.personId(i))).hasSize(1);
        assertThat(document.claimsAbout(DocumentShape.personId(i))).hasSize(1);
        assertThat(document.claimsClaimedBy(DocumentShape.personId(i))).isEmpty();
      }
    });
  }

  @Test
  void findsTheAttributionsOfASourceAndTheOriginsOfAClaimFromTheirIndexes() {
    ClaimDocument document = DocumentShape.RELAY_CHAIN.generate(ELEMENTS);
    assertTimeoutPreemptively(DEADLINE, () -> {
      assertThat(document.attributionsBySource(DocumentShape.SOURCE_ID)).hasSize(ELEMENTS + 1);
      assertThat(document.independentOriginCount(DocumentShape.claimId(0))).isEqualTo(2);
      assertThat(document.chainOf(DocumentShape.attributionId(ELEMENTS - 1))).hasSize(ELEMENTS);
    });
  }
}
