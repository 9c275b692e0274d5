package io.github.geoclaims.benchmarks.baseline;

import io.github.geoclaims.benchmarks.IterationCpu;
import io.github.geoclaims.benchmarks.PairBenchmark;
import io.github.geoclaims.benchmarks.report.PairedRatios;
import io.github.geoclaims.benchmarks.report.Spread;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The mode {@code benchmarks/run --baseline REV}: for each operation (validating read, unvalidated read, validation
 * alone, write to a {@code String}, write to a stream),
 * several forks of {@link BaselineBenchmark}, each running the current and the baseline build in alternating
 * iterations; each pair of consecutive measured iterations gives one ratio, the current build's time per operation
 * over the baseline's (below 1: the current build is faster). Several forks, because each fork draws its own JIT
 * decisions and its own seeds for Jackson's name tables (one per build), which move a fork's ratio by a few per cent;
 * within a fork the order of the two builds alternates from pair to pair, so neither is always first.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.geoclaims.benchmarks.baseline.BaselineComparison \
 *     --current benchmarks/target/benchmarks.jar --baseline old/benchmarks.jar --document old-1000.json --label 6791527
 * </pre>
 *
 * <p>Options, each followed by its value: {@code --current} and {@code --baseline} the builds' benchmarks jars,
 * {@code --document} a document both read, {@code --label} the baseline's name in the report, {@code --forks} forks
 * per operation (3), {@code --warmup} iterations (20, even), {@code --pairs} measured pairs per fork (10), {@code --time}
 * seconds per iteration (1), {@code --operations} a comma-separated subset of {@link #OPERATIONS} (all), {@code --log}
 * a directory for JMH's output and the CPU logs ({@code benchmarks/target/baseline}).
 */
public final class BaselineComparison {

  /** The operations compared, as {@link BaselineBenchmark#operation} parameters, in the report's order. */
  static final List<String> OPERATIONS = List.of("read", "readUnvalidated", "validate", "write",
      "writeStream");

  private BaselineComparison() {}

  /**
   * Runs the forks and prints the report on standard output, progress on standard error.
   *
   * @param args the options (see the class comment)
   * @throws RunnerException if JMH fails
   * @throws IOException if a log cannot be written or read
   */
  public static void main(String[] args) throws RunnerException, IOException {
    Map<String, String> options = options(args);
    Path log = Path.of(options.get("--log"));
    Files.createDirectories(log);
    int forks = Integer.parseInt(options.get("--forks"));
    int warmup = Integer.parseInt(options.get("--warmup"));
    List<String> lines = new ArrayList<>();
    List<String> medians = new ArrayList<>();
    for (String operation : options.get("--operations").split(",")) {
      BaselineBenchmark.operation(operation);   // rejects an unknown one before any fork
      List<Double> wall = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      List<String> forkMedians = new ArrayList<>();
      for (int fork = 1; fork <= forks; fork++) {
        Path cpuLog = log.resolve(operation + "-" + fork + "-cpu.csv");
        Files.deleteIfExists(cpuLog);
        Collection<IterationResult> iterations = run(operation, options, log.resolve(operation + "-" + fork + ".txt"),
            cpuLog).getBenchmarkResults().iterator().next().getIterationResults();
        double[] scores = iterations.stream().mapToDouble(i -> i.getPrimaryResult().getScore()).toArray();
        Map<Integer, Double> onCpu = IterationCpu.read(cpuLog);
        double[] cpuScores = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
          cpuScores[i] = onCpu.getOrDefault(warmup + i, Double.NaN);
        }
        double[] ratios = timeRatios(warmup, scores);
        add(wall, ratios);
        add(cpu, timeRatios(warmup, cpuScores));
        forkMedians.add(format(Spread.of(ratios).median()));
        System.err.println(operation + ", fork " + fork + " of " + forks + ": " + format(Spread.of(ratios)));
      }
      Spread spread = Spread.of(wall.stream().mapToDouble(Double::doubleValue).toArray());
      lines.add(String.format(Locale.ROOT, "%-16s %s   by CPU time %s   each fork's median: %s", operation,
          format(spread), format(Spread.of(cpu.stream().mapToDouble(Double::doubleValue).toArray())),
          String.join(" ", forkMedians)));
      medians.add(operation + "=" + format(spread.median()));
    }
    System.out.println(String.format(Locale.ROOT, "The current build against %s: its time per operation over the"
        + " baseline's (below 1: faster), median [quartiles] of the %d pairs of %d forks (%s warm-up iterations,"
        + " then %s pairs of %s s iterations, alternating), on %s", options.get("--label"),
        forks * Integer.parseInt(options.get("--pairs")), forks, options.get("--warmup"), options.get("--pairs"),
        options.get("--time"), options.get("--document")));
    lines.forEach(System.out::println);
    System.out.println("baseline " + options.get("--label") + ": " + String.join(" ", medians));
  }

  /**
   * Returns the ratio in each pair of a fork's measured iterations: the current build's time per operation over the
   * baseline's, that is the baseline's throughput over the current one's. Which build ran an iteration follows
   * {@link PairBenchmark#numeratorRuns(int)}: the current build is the numerator.
   *
   * <pre>{@code
   * double[] ratios = BaselineComparison.timeRatios(20, scores);
   * }</pre>
   *
   * @param firstIteration the index of the first measured iteration in the fork (the warm-up's count, even)
   * @param throughputs the measured iterations' operations per second, in order; an even number
   * @return one ratio per pair
   */
  static double[] timeRatios(int firstIteration, double[] throughputs) {
    double[] ratios = new double[throughputs.length / 2];
    for (int pair = 0; pair < ratios.length; pair++) {
      int first = firstIteration + 2 * pair;
      boolean currentFirst = PairBenchmark.numeratorRuns(first);
      double current = throughputs[2 * pair + (currentFirst ? 0 : 1)];
      double baseline = throughputs[2 * pair + (currentFirst ? 1 : 0)];
      ratios[pair] = baseline / current;
    }
    return ratios;
  }

  private static void add(List<Double> all, double[] values) {
    for (double value : values) {
      all.add(value);
    }
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String format(Spread spread) {
    return String.format(Locale.ROOT, "%.3f [%.3f-%.3f]", spread.median(), spread.lowerQuartile(),
        spread.upperQuartile());
  }

  private static RunResult run(String operation, Map<String, String> options, Path output, Path cpuLog)
      throws RunnerException {
    Options jmh = new OptionsBuilder()
        .include("^" + BaselineBenchmark.class.getName().replace(".", "\\.") + "\\.pair$")
        .param("operation", operation)
        .forks(1)
        .warmupIterations(Integer.parseInt(options.get("--warmup")))
        .warmupTime(TimeValue.seconds(Long.parseLong(options.get("--time"))))
        .measurementIterations(2 * Integer.parseInt(options.get("--pairs")))
        .measurementTime(TimeValue.seconds(Long.parseLong(options.get("--time"))))
        .timeUnit(TimeUnit.SECONDS)
        .shouldDoGC(true)
        .jvmArgsAppend(jvmArgs(options, cpuLog))
        .shouldFailOnError(true)
        .output(output.toString())
        .build();
    return new Runner(jmh).run().iterator().next();
  }

  /** The fork's options: the paired modes' heap and collector, the builds, the document and the CPU log. */
  private static String[] jvmArgs(Map<String, String> options, Path cpuLog) {
    List<String> args = new ArrayList<>(List.of(PairedRatios.JVM_ARGS.split(" ")));
    args.add("-D" + BaselineBenchmark.CURRENT + "=" + options.get("--current"));
    args.add("-D" + BaselineBenchmark.BASELINE + "=" + options.get("--baseline"));
    args.add("-D" + BaselineBenchmark.DOCUMENT + "=" + options.get("--document"));
    args.add("-D" + IterationCpu.LOG + "=" + cpuLog.toAbsolutePath());
    return args.toArray(String[]::new);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>(Map.of("--forks", "3", "--warmup", "20", "--pairs", "10",
        "--time", "1", "--log", "benchmarks/target/baseline", "--label", "the baseline", "--operations",
        String.join(",", OPERATIONS)));
    for (int i = 0; i < args.length; i += 2) {
      boolean known = options.containsKey(args[i]) || List.of("--current", "--baseline", "--document").contains(args[i]);
      if (!known || i + 1 >= args.length) {
        throw new IllegalArgumentException("Unknown option or no value: " + args[i]
            + " (options: --current, --baseline, --document, " + String.join(", ", options.keySet()) + ")");
      }
      options.put(args[i], args[i + 1]);
    }
    List<String> missing = List.of("--current", "--baseline", "--document").stream()
        .filter(required -> !options.containsKey(required)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Missing " + String.join(", ", missing));
    }
    if (Integer.parseInt(options.get("--warmup")) % 2 != 0) {
      throw new IllegalArgumentException("--warmup must be even, so that pairs start at an even iteration");
    }
    return options;
  }
}
