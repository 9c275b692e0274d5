package io.github.geoclaims.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns JMH's JSON result ({@code -rf json}) of the full or scale run into the table of {@code benchmarks/run}
 * (with the time per claim, for the scale curve), the {@link Ratio}s with their targets and, last, the ratios line:
 *
 * <pre>
 * ratios: read/plainRead=R1 write/plainWrite=R2 validate/read=R3 read/scan=R4 stream/read=R5
 * </pre>
 *
 * <p>The ratios are taken at one size (default 1000 claims) between benchmarks measured in forks of their own, one
 * after another, so unlike {@link PairedRatios}' they carry the drift of the machine between them. A ratio whose
 * benchmarks are missing is printed as {@code n/a}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.geoclaims.benchmarks.report.Report result.json [ratioSize]
 * </pre>
 */
public final class Report {

  /** One result row. */
  record Row(String benchmark, String size, double opsPerSecond, double error, double bytesPerSecond,
      double claimsPerSecond) {}

  private Report() {}

  /**
   * Prints the report.
   *
   * @param args the JMH JSON result file, optionally the size the ratios are taken at
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: Report <jmh-result.json> [ratioSize]");
      System.exit(2);
    }
    List<Row> rows = parse(new ObjectMapper().readTree(Path.of(args[0]).toFile()));
    print(rows, args.length > 1 ? args[1] : "1000", System.out);
  }

  static List<Row> parse(JsonNode results) {
    List<Row> rows = new ArrayList<>();
    for (JsonNode result : results) {
      String name = result.path("benchmark").asText();
      String method = name.substring(name.lastIndexOf('.') + 1);
      String size = result.path("params").path("size").asText("-");
      JsonNode primary = result.path("primaryMetric");
      double ops = toPerSecond(primary.path("score").asDouble(), primary.path("scoreUnit").asText());
      double error = toPerSecond(primary.path("scoreError").asDouble(Double.NaN), primary.path("scoreUnit").asText());
      JsonNode secondary = result.path("secondaryMetrics");
      double bytes = secondary.has("bytes")
          ? toPerSecond(secondary.path("bytes").path("score").asDouble(), secondary.path("bytes").path("scoreUnit").asText())
          : Double.NaN;
      double claims = secondary.has("claims")
          ? toPerSecond(secondary.path("claims").path("score").asDouble(), secondary.path("claims").path("scoreUnit").asText())
          : Double.NaN;
      rows.add(new Row(method, size, ops, error, bytes, claims));
    }
    return rows;
  }

  /** Converts a JMH throughput unit ("ops/s", "ops/ms", ...) to per second. */
  private static double toPerSecond(double value, String unit) {
    if (unit.endsWith("/ms")) {
      return value * 1e3;
    }
    if (unit.endsWith("/us")) {
      return value * 1e6;
    }
    if (unit.endsWith("/ns")) {
      return value * 1e9;
    }
    if (unit.endsWith("/min")) {
      return value / 60;
    }
    return value;
  }

  static void print(List<Row> rows, String ratioSize, PrintStream out) {
    out.println(String.format(Locale.ROOT, "%-18s %8s %12s %10s %11s %10s %12s %10s", "benchmark", "claims", "ops/s",
        "± (99.9%)", "ms/op", "MB/s", "claims/s", "us/claim"));
    for (Row row : rows) {
      out.println(String.format(Locale.ROOT, "%-18s %8s %12.3f %10s %11.3f %10s %12s %10s", row.benchmark(),
          row.size(), row.opsPerSecond(),
          Double.isNaN(row.error()) ? "-" : String.format(Locale.ROOT, "%.3f", row.error()),
          1000.0 / row.opsPerSecond(),
          Double.isNaN(row.bytesPerSecond()) ? "-" : String.format(Locale.ROOT, "%.1f", row.bytesPerSecond() / 1e6),
          Double.isNaN(row.claimsPerSecond()) ? "-" : String.format(Locale.ROOT, "%.0f", row.claimsPerSecond()),
          Double.isNaN(row.claimsPerSecond()) ? "-" : String.format(Locale.ROOT, "%.2f", 1e6 / row.claimsPerSecond())));
    }
    Map<String, Score> scores = new TreeMap<>();
    for (Row row : rows) {
      if (row.size().equals(ratioSize)) {
        scores.put(row.benchmark(), new Score(row.opsPerSecond(), Double.NaN, Double.NaN));
      }
    }
    Map<Ratio, Double> values = new EnumMap<>(Ratio.class);
    for (Ratio ratio : Ratio.values()) {
      Score top = scores.get(ratio.numerator());
      Score bottom = scores.get(ratio.denominator());
      if (top != null && bottom != null) {
        values.put(ratio, ratio.of(top, bottom));
      }
    }
    out.println();
    out.println("Ratios at " + ratioSize + " claims, from each benchmark's own forks (not paired: benchmarks/run"
        + " --quick or --ratios measures them paired):");
    for (Ratio ratio : Ratio.values()) {
      Double value = values.get(ratio);
      out.println(String.format(Locale.ROOT, "  %-26s %6s  %-8s %s", ratio.label(),
          value == null || value.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.2f", value), ratio.target(),
          value == null ? "" : ratio.verdict(value)).stripTrailing());
    }
    out.println(Ratio.lastLine(values));
  }
}
