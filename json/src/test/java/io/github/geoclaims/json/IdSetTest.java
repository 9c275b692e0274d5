package io.github.geoclaims.json;

import static io.github.geoclaims.shapes.WorkGrowth.assertLinear;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.shapes.DocumentShape;
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
  void multipliesModuloThePrimeExactly() {
    long prime = (1L << 61) - 1;
    assertThat(IdSet.multiplyModPrime(prime - 1, prime - 1)).isEqualTo(1);
    assertThat(IdSet.multiplyModPrime(1L << 60, 2)).isEqualTo(1);
    assertThat(IdSet.multiplyModPrime(123_456_789L, 987_654_321L)).isEqualTo(123_456_789L * 987_654_321L % prime);
  }
}
