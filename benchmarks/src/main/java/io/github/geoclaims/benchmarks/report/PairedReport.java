package io.github.geoclaims.benchmarks.report;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints what {@link PairedRatios} measured: for each fork its two sides' median throughput by the wall clock (with
 * quartiles) and by CPU time, and their allocation per operation and per claim; for each {@link Ratio}, by the wall
 * clock and by CPU time, the median over its pairs, the quartiles, the target and every pair's value; then the
 * ratios outside the last line, every ratio by CPU time, and last the ratios line (wall clock, as JMH measures).
 *
 * <pre>{@code
 * PairedReport.print(pairings, 1000, System.out);
 * }</pre>
 */
final class PairedReport {

  private static final String RATIO_ROW = "%-25s %-5s %20s  %-8s %-6s %s";

  private PairedReport() {}

  /**
   * Prints the report.
   *
   * @param pairings the forks, one per pair of benchmarks
   * @param claims the number of claims of the document, for the allocation per claim
   * @param out where to print
   */
  static void print(List<Pairing> pairings, int claims, PrintStream out) {
    out.println(String.format(Locale.ROOT, "%-16s %-16s %9s %17s %9s %9s %9s %9s", "benchmark", "paired with",
        "ops/s", "[quartiles]", "ms/op", "cpu ms/op", "MB/op", "KB/claim"));
    for (Pairing pairing : pairings) {
      side(pairing.numerator(), pairing.denominator(), pairing.top(), claims, out);
      side(pairing.denominator(), pairing.numerator(), pairing.bottom(), claims, out);
    }
    out.println();
    out.println(String.format(Locale.ROOT, RATIO_ROW, "ratio", "clock", "median [quartiles]", "target", "",
        "each pair"));
    Map<Ratio, Double> wall = new EnumMap<>(Ratio.class);
    Map<Ratio, Double> cpu = new EnumMap<>(Ratio.class);
    for (Ratio ratio : Ratio.values()) {
      for (Pairing pairing : pairings) {
        if (pairing.measures(ratio)) {
          wall.put(ratio, row(ratio, "wall", pairing.values(ratio), out));
          cpu.put(ratio, row(ratio, "cpu", pairing.onCpu().values(ratio), out));
        }
      }
    }
    out.println();
    List<Ratio> others = Arrays.stream(Ratio.values()).filter(r -> !Ratio.LAST_LINE.contains(r)).toList();
    out.println("by cpu time: " + Ratio.assignments(Arrays.asList(Ratio.values()), cpu::get));
    out.println("also: " + Ratio.assignments(others, wall::get));
    out.println(Ratio.lastLine(wall));
  }

  /** Prints a ratio's row and returns its median. */
  private static double row(Ratio ratio, String clock, double[] values, PrintStream out) {
    Spread spread = Spread.of(values);
    out.println(String.format(Locale.ROOT, RATIO_ROW, ratio.label(), clock, spread.format(), ratio.target(),
        ratio.verdict(spread.median()), Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
            .collect(Collectors.joining(" "))));
    return spread.median();
  }

  private static void side(String benchmark, String other, List<Score> scores, int claims, PrintStream out) {
    Spread ops = Spread.of(scores.stream().mapToDouble(Score::opsPerSecond).toArray());
    double cpu = Spread.of(scores.stream().mapToDouble(Score::opsPerCpuSecond).toArray()).median();
    double bytes = Spread.of(scores.stream().mapToDouble(Score::bytesPerOperation).toArray()).median();
    out.println(String.format(Locale.ROOT, "%-16s %-16s %9.1f %17s %9.3f %9.3f %9.2f %9.2f", benchmark, other,
        ops.median(), String.format(Locale.ROOT, "[%.1f-%.1f]", ops.lowerQuartile(), ops.upperQuartile()),
        1000 / ops.median(), 1000 / cpu, bytes / 1e6, bytes / 1e3 / claims));
  }
}
