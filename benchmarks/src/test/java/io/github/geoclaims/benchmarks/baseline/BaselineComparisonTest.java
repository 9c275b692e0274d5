package io.github.geoclaims.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BaselineComparisonTest {

  /**
   * Measured iterations from index 20 run current, baseline; baseline, current; current, baseline; ... (20 and 23
   * run the current build): each pair's ratio is the current build's time over the baseline's, whichever ran first.
   */
  @Test
  void dividesTheCurrentBuildsTimeByTheBaselinesInEachPairWhicheverRanFirst() {
    // pairs: current 100 then baseline 50; baseline 80 then current 40; current 200 then baseline 400
    double[] throughputs = {100, 50, 80, 40, 200, 400};
    assertThat(BaselineComparison.timeRatios(20, throughputs)).containsExactly(0.5, 2.0, 2.0);
  }

  @Test
  void namesEachOperationItCompares() {
    assertThat(BaselineComparison.OPERATIONS).extracting(BaselineBenchmark::operation)
        .containsExactly(Build.Operation.READ, Build.Operation.READ_UNVALIDATED, Build.Operation.VALIDATE,
            Build.Operation.WRITE, Build.Operation.WRITE_STREAM);
    assertThatIllegalArgumentException().isThrownBy(() -> BaselineBenchmark.operation("stream"))
        .withMessageContaining("read, readUnvalidated, validate, write or writeStream");
  }
}
