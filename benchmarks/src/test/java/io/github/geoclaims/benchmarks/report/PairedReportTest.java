package io.github.geoclaims.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.benchmarks.PairBenchmark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The report of the paired mode, from the scores of its forks. */
class PairedReportTest {

  @Test
  void eachRatioIsTheMedianOfItsPairsAndTheLastLineComesLast() {
    // read at 50, 55, 60, 45, 40 ops/s against plainRead at 50 each time: ratios 1.0, 1.1, 1.2, 0.9, 0.8
    List<Score> read = IntStream.of(50, 55, 60, 45, 40).mapToObj(ops -> new Score(ops, 8e6, ops / 2.0)).toList();
    List<Score> plain = IntStream.range(0, 5).mapToObj(i -> new Score(50, 4e6, 20)).toList();

    List<String> lines = print(List.of(new Pairing("read", "plainRead", read, plain)));

    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("read/plainRead")
        .contains("1.00 [0.90-1.10]", ">= 1.00", "met", "1.00 1.10 1.20 0.90 0.80"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("alloc:read/plainRead")
        .contains("2.00 [2.00-2.00]", "<= 1.00", "MISSED"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("read ").contains("plainRead", "50.0",
        "[45.0-55.0]", "20.000", "8.00"));
    assertThat(lines.get(lines.size() - 2)).isEqualTo(
        "also: read3/plainRead=n/a readUnvalidated/plainRead=n/a alloc:read/plainRead=2.00");
    assertThat(lines.get(lines.size() - 1)).isEqualTo(
        "ratios: read/plainRead=1.00 write/plainWrite=n/a validate/read=n/a read/scan=n/a stream/read=n/a");
  }

  @Test
  void bothSidesNeedAScoreInEveryPair() {
    assertThatThrownBy(() -> new Pairing("read", "plainRead", List.of(new Score(1, 1, 1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pairsAlternateTheOrderOfTheirSides() {
    // A B, B A, A B, B A: the numerator runs at 0, 3, 4 and 7
    assertThat(IntStream.range(0, 8).filter(PairBenchmark::numeratorRuns).toArray()).containsExactly(0, 3, 4, 7);
  }

  private static List<String> print(List<Pairing> pairings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PairedReport.print(pairings, 1000, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
