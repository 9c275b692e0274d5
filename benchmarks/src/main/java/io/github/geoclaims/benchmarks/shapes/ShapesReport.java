package io.github.geoclaims.benchmarks.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the result of {@link ShapesBenchmark} ({@code -rf json}) as the time per element of each shape at each
 * size, the growth of that time from the smallest to the largest size (1.00 for linear work; 4.00 for quadratic work
 * over a fourfold size), and the time of each shape over the plain document's at the largest size.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.geoclaims.benchmarks.shapes.ShapesReport jmh-shapes.json
 * </pre>
 */
public final class ShapesReport {

  private ShapesReport() {}

  /**
   * Prints the report.
   *
   * @param args the JMH JSON result file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ShapesReport <jmh-shapes.json>");
      System.exit(2);
    }
    // shape -> size -> ms per operation, in the benchmark's order of shapes
    Map<String, TreeMap<Integer, Double>> times = new LinkedHashMap<>();
    for (JsonNode result : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
      String shape = result.path("params").path("shape").asText();
      int size = result.path("params").path("size").asInt();
      double msPerOp = result.path("primaryMetric").path("score").asDouble();
      times.computeIfAbsent(shape, s -> new TreeMap<>()).put(size, msPerOp);
    }
    System.out.printf(Locale.ROOT, "%-24s %10s %12s %10s %12s %8s %10s%n", "shape", "n", "us/element", "4n",
        "us/element", "growth", "vs plain");
    Double plainLargest = times.containsKey("PLAIN") ? times.get("PLAIN").lastEntry().getValue() : null;
    times.forEach((shape, bySize) -> {
      int small = bySize.firstKey();
      int large = bySize.lastKey();
      double perSmall = bySize.get(small) * 1e3 / small;
      double perLarge = bySize.get(large) * 1e3 / large;
      System.out.printf(Locale.ROOT, "%-24s %10d %12.2f %10d %12.2f %8.2f %10s%n",
          shape.toLowerCase(Locale.ROOT).replace('_', '-'), small, perSmall, large, perLarge, perLarge / perSmall,
          plainLargest == null ? "n/a" : String.format(Locale.ROOT, "%.1fx", bySize.get(large) / plainLargest));
    });
  }
}
