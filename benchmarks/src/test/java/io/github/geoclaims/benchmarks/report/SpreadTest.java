package io.github.geoclaims.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The median and quartiles of the paired ratios. */
class SpreadTest {

  @Test
  void anOddSampleHasItsMiddleValueAsMedianAndInterpolatedQuartiles() {
    Spread spread = Spread.of(5, 1, 4, 2, 3);

    assertThat(spread).isEqualTo(new Spread(3, 2, 4));
  }

  @Test
  void anEvenSampleInterpolatesBetweenItsMiddleValues() {
    Spread spread = Spread.of(4, 3, 2, 1);

    assertThat(spread.median()).isEqualTo(2.5);
    assertThat(spread.lowerQuartile()).isCloseTo(1.75, within(1e-12));
    assertThat(spread.upperQuartile()).isCloseTo(3.25, within(1e-12));
  }

  @Test
  void oneValueIsItsOwnMedianAndQuartiles() {
    assertThat(Spread.of(0.97)).isEqualTo(new Spread(0.97, 0.97, 0.97));
  }

  @Test
  void missingValuesAreLeftOut() {
    assertThat(Spread.of(Double.NaN, 1, 3, Double.NaN)).isEqualTo(new Spread(2, 1.5, 2.5));
    assertThat(Spread.of(Double.NaN).median()).isNaN();
  }

  @Test
  void itFormatsAsTheMedianWithTheQuartilesInBrackets() {
    assertThat(Spread.of(0.94, 1.02, 0.98, 1.01, 0.97).format()).isEqualTo("0.98 [0.97-1.01]");
  }
}
