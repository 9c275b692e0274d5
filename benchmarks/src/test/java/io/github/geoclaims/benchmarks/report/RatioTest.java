package io.github.geoclaims.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ratios, their targets and the last line of {@code benchmarks/run}. */
class RatioTest {

  private static final Score FAST = new Score(100, 4e6, 90);
  private static final Score SLOW = new Score(50, 8e6, 45);

  @Test
  void throughputRatiosAreTheNumeratorsOperationsPerSecondOverTheDenominators() {
    assertThat(Ratio.READ.of(SLOW, FAST)).isEqualTo(0.5);
    assertThat(Ratio.STREAM.of(FAST, SLOW)).isEqualTo(2.0);
  }

  @Test
  void onTheCpuARatioDividesTheThroughputsPerCpuSecond() {
    assertThat(Ratio.READ.of(SLOW.onCpu(), FAST.onCpu())).isEqualTo(0.5);
    assertThat(SLOW.onCpu()).isEqualTo(new Score(45, 8e6, Double.NaN));
  }

  @Test
  void theValidationRatioIsATimeRatio() {
    // validate at 100 ops/s takes 10 ms, read at 50 ops/s takes 20 ms: validation is half a read
    assertThat(Ratio.VALIDATE.of(FAST, SLOW)).isEqualTo(0.5);
  }

  @Test
  void theAllocationRatioDividesTheBytesPerOperation() {
    assertThat(Ratio.ALLOCATION.of(SLOW, FAST)).isEqualTo(2.0);
    assertThat(Ratio.ALLOCATION.of(new Score(1, Double.NaN, 1), FAST)).isNaN();
  }

  @Test
  void targetsAreMetOnTheirSideOnly() {
    assertThat(Ratio.READ.verdict(1.0)).isEqualTo("met");
    assertThat(Ratio.READ.verdict(0.99)).isEqualTo("MISSED");
    assertThat(Ratio.VALIDATE.verdict(0.2)).isEqualTo("met");
    assertThat(Ratio.VALIDATE.verdict(0.21)).isEqualTo("MISSED");
    assertThat(Ratio.UNVALIDATED.target()).isEqualTo(">= 1.20");
    assertThat(Ratio.SCAN.target()).isEmpty();
    assertThat(Ratio.SCAN.verdict(0.1)).isEmpty();
    assertThat(Ratio.STREAM.verdict(Double.NaN)).isEmpty();
  }

  @Test
  void theLastLineKeepsItsFormatAndEndsWithTheStreamRatio() {
    Map<Ratio, Double> values = new EnumMap<>(Ratio.class);
    values.put(Ratio.READ, 1.034);
    values.put(Ratio.WRITE, 0.994);
    values.put(Ratio.VALIDATE, 0.1);
    values.put(Ratio.SCAN, 0.4);
    values.put(Ratio.STREAM, 0.915);
    values.put(Ratio.READ3, 0.5);

    assertThat(Ratio.lastLine(values)).isEqualTo(
        "ratios: read/plainRead=1.03 write/plainWrite=0.99 validate/read=0.10 read/scan=0.40 stream/read=0.92");
  }

  @Test
  void aRatioNotMeasuredPrintsAsNotAvailable() {
    Map<Ratio, Double> values = new EnumMap<>(Ratio.class);
    values.put(Ratio.WRITE, Double.NaN);

    assertThat(Ratio.lastLine(values)).isEqualTo(
        "ratios: read/plainRead=n/a write/plainWrite=n/a validate/read=n/a read/scan=n/a stream/read=n/a");
    assertThat(Ratio.assignments(List.of(Ratio.READ3, Ratio.ALLOCATION), Map.of(Ratio.READ3, 0.5)::get))
        .isEqualTo("read3/plainRead=0.50 alloc:read/plainRead=n/a");
  }
}
