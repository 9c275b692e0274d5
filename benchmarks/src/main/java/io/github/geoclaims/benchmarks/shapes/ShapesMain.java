package io.github.geoclaims.benchmarks.shapes;

import io.github.geoclaims.benchmarks.Facades;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.shapes.DocumentShape;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The document shapes outside JMH: writes them to files for the command-line tool, or measures, in one process and
 * paired, the time per element of a read (which validates) and of validation alone at {@code n} and {@code 4n}
 * elements. A quick look, and the only way to measure a superlinear rule that takes seconds per operation;
 * {@code benchmarks/run --shapes} measures with JMH.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.geoclaims.benchmarks.shapes.ShapesMain write target/shapes 20000
 * java -cp benchmarks/target/benchmarks.jar io.github.geoclaims.benchmarks.shapes.ShapesMain measure 5000 [SHAPE...]
 * </pre>
 */
public final class ShapesMain {

  /** A measured operation is repeated until it has taken this long in all, or {@link #MAX_RUNS} times. */
  private static final long BUDGET_NANOS = 3_000_000_000L;
  private static final int MAX_RUNS = 15;

  private ShapesMain() {}

  /**
   * Runs the command.
   *
   * @param args {@code write DIR N} or {@code measure N [SHAPE...]}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("write")) {
      write(Path.of(args[1]), Integer.parseInt(args[2]));
    } else if (args.length >= 2 && args[0].equals("measure")) {
      measure(Integer.parseInt(args[1]), shapes(Arrays.asList(args).subList(2, args.length)));
    } else {
      System.err.println("usage: ShapesMain write DIR N | ShapesMain measure N [SHAPE...]");
      System.exit(2);
    }
  }

  private static List<DocumentShape> shapes(List<String> names) {
    if (names.isEmpty()) {
      return List.of(DocumentShape.values());
    }
    List<DocumentShape> shapes = new ArrayList<>();
    for (String name : names) {
      shapes.add(DocumentShape.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
    }
    return shapes;
  }

  /** Writes every shape at {@code n} elements to {@code DIR/shape-name-n.json}. */
  private static void write(Path directory, int n) throws IOException {
    Files.createDirectories(directory);
    for (DocumentShape shape : DocumentShape.values()) {
      Path file = directory.resolve(fileName(shape, n));
      Files.write(file, GeoClaimsJson.standard().write(shape.generate(n)).getBytes(StandardCharsets.UTF_8));
      System.out.println(file + ": " + Files.size(file) + " bytes");
    }
  }

  /** Returns the file name of a shape at a size, such as {@code supports-chain-20000.json}. */
  static String fileName(DocumentShape shape, int n) {
    return shape.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + n + ".json";
  }

  private static void measure(int n, List<DocumentShape> shapes) {
    // Warm the JIT on the baseline first, so that the first shape measured is not measured cold.
    for (int round = 0; round < 3; round++) {
      sample(DocumentShape.PLAIN, n);
    }
    System.out.printf(Locale.ROOT, "%-24s %8s %10s %12s %12s %8s %12s %12s %8s%n", "shape", "n", "bytes",
        "read ns/el", "@4n ns/el", "ratio", "valid. ns/el", "@4n ns/el", "ratio");
    for (DocumentShape shape : shapes) {
      Sample small = sample(shape, n);
      Sample large = sample(shape, 4 * n);
      System.out.printf(Locale.ROOT, "%-24s %8d %10d %12.0f %12.0f %8.2f %12.0f %12.0f %8.2f%n",
          shape.name().toLowerCase(Locale.ROOT).replace('_', '-'), n, small.bytes, small.readPerElement,
          large.readPerElement, large.readPerElement / small.readPerElement, small.validatePerElement,
          large.validatePerElement, large.validatePerElement / small.validatePerElement);
    }
  }

  /** The size of one shape's document and the time per element of its operations. */
  private record Sample(int bytes, double readPerElement, double validatePerElement) {}

  private static Sample sample(DocumentShape shape, int n) {
    byte[] json = GeoClaimsJson.standard().write(shape.generate(n)).getBytes(StandardCharsets.UTF_8);
    double read = fastest(() -> json, bytes -> Facades.JACKSON2.readLenient(bytes)) / n;
    // A fresh document for each run: a read's document has not built its lazy indexes yet either.
    double validate = fastest(() -> shape.generate(n), document -> GeoClaimsValidator.shared().validate(document))
        / n;
    return new Sample(json.length, read, validate);
  }

  /**
   * Returns the fastest of several runs of {@code operation}, in nanoseconds, each on an input made, unmeasured, by
   * {@code input}.
   */
  private static <T> double fastest(Supplier<T> input, Function<T, ?> operation) {
    long best = Long.MAX_VALUE;
    long spent = 0;
    for (int run = 0; run < MAX_RUNS && spent < BUDGET_NANOS; run++) {
      T value = input.get();
      long start = System.nanoTime();
      Object result = operation.apply(value);
      long took = System.nanoTime() - start;
      if (result == null) {
        throw new IllegalStateException("An operation returned nothing");
      }
      best = Math.min(best, took);
      spent += took;
    }
    return best;
  }
}
