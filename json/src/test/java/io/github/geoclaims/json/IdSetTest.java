package io.github.geoclaims.json;

import static io.github.geoclaims.shapes.WorkGrowth.assertLinear;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.shapes.DocumentShape;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IdSetTest {

  /** Adds {@code n} identifiers that share one {@link String#hashCode()}, then looks each up; returns the probes. */
  private static long probesForCollidingIds(int n) {
    IdSet ids = new IdSet();
    for (int i = 0; i < n; i++) {
      assertThat(ids.add(DocumentShape.collidingId(i), i, 0)).isEqualTo(-1);
    }
    for (int i = 0; i < n; i++) {
      assertThat(ids.contains(DocumentShape.collidingId(i))).isTrue();
    }
    return ids.probes() + 1;
  }

  @Test
  void findsIdentifiersBuiltToShareAHashInConstantProbesEach() {
    assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode());
    assertLinear("probes of the identifier set", IdSetTest::probesForCollidingIds, 20_000);
  }

  @Test
  void tellsWhereARepeatedIdentifierWasFirstSeen() {
    IdSet ids = new IdSet();
    assertThat(ids.add("claim-1", 3, 7)).isEqualTo(-1);
    assertThat(ids.add("claim-1", 9, 0)).isEqualTo(3L << 32 | 7);
    assertThat(ids.contains("claim-2")).isFalse();
    assertThat(ids.size()).isEqualTo(1);
  }

  @Test
  void keepsIdentifiersBeyondItsMemoryBudgetInATemporaryFileAndStillFindsEachExactly() {
    String wide = "\uD83D\uDE80-" + "x".repeat(70_000);  // a code point outside the BMP; longer than one write buffer
    Path file;
    try (IdSet ids = new IdSet(1 << 10)) {
      for (int i = 0; i < 50_000; i++) {
        assertThat(ids.add(id(i), i, i % 7)).isEqualTo(-1);
        if (i == 30_000) {
          assertThat(ids.add(wide, 1, 2)).isEqualTo(-1);
        }
      }
      assertThat(ids.entries().spilled()).isTrue();
      file = ids.entries().path();
      assertThat(file).isNotNull();  // on Linux already unlinked: the open channel keeps it (DELETE_ON_CLOSE)
      for (int i = 0; i < 50_000; i++) {
        assertThat(ids.contains(id(i))).isTrue();
        assertThat(ids.add(id(i), 0, 0)).isEqualTo((long) i << 32 | i % 7);
      }
      assertThat(ids.add(wide, 9, 9)).isEqualTo(1L << 32 | 2);
      assertThat(ids.contains(wide.substring(0, wide.length() - 1))).isFalse();
      assertThat(ids.contains("claim-\u00e9-50000")).isFalse();
      assertThat(ids.size()).isEqualTo(50_001);
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void holdsAFewBytesOfHeapPerIdentifierHoweverLongTheIdentifiersAre() {
    try (IdSet ids = new IdSet(1 << 16)) {
      for (int i = 0; i < 200_000; i++) {
        ids.add(id(i) + "-" + "long-identifier-of-a-generated-corpus", i, 0);
      }
      assertThat(ids.footprint()).isLessThan(22L * 200_000 + (1 << 17) + (1 << 18));
    }
  }

  @Test
  void keepsEverythingInMemoryWithinItsBudget() {
    try (IdSet ids = new IdSet(1 << 20)) {
      for (int i = 0; i < 1_000; i++) {
        ids.add(id(i), i, 0);
      }
      assertThat(ids.entries().spilled()).isFalse();
      assertThat(ids.entries().path()).isNull();
    }
  }

  /** An identifier with a two-byte UTF-8 character in it. */
  private static String id(int i) {
    return "claim-\u00e9-" + i;
  }

  @Test
  void multipliesModuloThePrimeExactly() {
    long prime = (1L << 61) - 1;
    assertThat(IdSet.multiplyModPrime(prime - 1, prime - 1)).isEqualTo(1);
    assertThat(IdSet.multiplyModPrime(1L << 60, 2)).isEqualTo(1);
    assertThat(IdSet.multiplyModPrime(123_456_789L, 987_654_321L)).isEqualTo(123_456_789L * 987_654_321L % prime);
  }
}
