package io.github.geoclaims.benchmarks.report;

import io.github.geoclaims.benchmarks.IterationCpu;
import io.github.geoclaims.benchmarks.PairBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The paired mode of {@code benchmarks/run --quick} and {@code --ratios}: for each pair of benchmarks that a
 * {@link Ratio} divides, one JMH fork of {@link PairBenchmark} that runs the two sides in alternating short batches
 * (iterations: A B, B A, A B, ...), with a pinned heap and collector and JMH's {@code -prof gc}; each pair of
 * consecutive measured iterations gives one value of the ratio, and the report ({@link PairedReport}) gives the
 * median over the pairs with the quartiles. Both sides share the fork's warm-up, JIT and machine conditions, and a
 * drift of the machine hits the two sides of a pair alike. Each iteration is also measured by the process's CPU
 * time ({@link IterationCpu}), which other processes' load inflates less than the wall clock.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.geoclaims.benchmarks.report.PairedRatios --pairs 5
 * </pre>
 *
 * <p>Options, each followed by its value: {@code --pairs} pairs per ratio (5), {@code --size} claims (1000),
 * {@code --warmup} iterations (20, even: both sides alternate in the warm-up too) of {@code --warmup-time} seconds
 * (1), {@code --time} seconds per measured iteration (1), {@code --jvm-args} the fork's JVM options
 * ({@link #JVM_ARGS}), {@code --only} a comma-separated subset of the ratios' labels, {@code --log} a directory for
 * JMH's output of each fork and every iteration's score ({@code benchmarks/target/paired}).
 */
public final class PairedRatios {

  /**
   * Every fork's JVM options: a fixed heap, fixed generations and the parallel collector, whose young collections
   * run in the pause, not beside the benchmark on the machine's few cores, and whose cost per allocated byte does not
   * change as it adapts (adaptive sizing off).
   */
  public static final String JVM_ARGS = "-Xms1g -Xmx1g -Xmn512m -XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy";

  private PairedRatios() {}

  /**
   * Runs one fork per pair of benchmarks and prints the report on standard output, progress on standard error.
   *
   * @param args the options (see the class comment)
   * @throws RunnerException if JMH fails
   * @throws IOException if the log cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    Map<String, String> options = options(args);
    int size = Integer.parseInt(options.get("--size"));
    List<String> only = options.get("--only").isEmpty() ? List.of() : Arrays.asList(options.get("--only").split(","));
    Path log = Path.of(options.get("--log"));
    Files.createDirectories(log);
    List<Pairing> pairings = new ArrayList<>();
    long start = System.nanoTime();
    try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(log.resolve("iterations.csv")), true)) {
      csv.println("ratio,iteration,benchmark,opsPerSecond,bytesPerOperation,opsPerCpuSecond");
      for (Ratio ratio : Ratio.values()) {
        boolean measured = pairings.stream().anyMatch(p -> p.measures(ratio));
        if (measured || !(only.isEmpty() || only.contains(ratio.label()))) {
          continue;
        }
        Pairing pairing = measure(ratio, size, options, log, csv);
        pairings.add(pairing);
        System.err.println(String.format(Locale.ROOT, "[%3.0f s] %-26s %s, by cpu time %s",
            (System.nanoTime() - start) / 1e9, ratio.label(), Spread.of(pairing.values(ratio)).format(),
            Spread.of(pairing.onCpu().values(ratio)).format()));
      }
    }
    System.out.println(String.format(Locale.ROOT, "Paired: %d claims; one fork per ratio, %s warm-up iterations of"
        + " %s s, then %s pairs of %s s iterations; %s; -prof gc", size, options.get("--warmup"),
        options.get("--warmup-time"), options.get("--pairs"), options.get("--time"), options.get("--jvm-args")));
    PairedReport.print(pairings, size, System.out);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>(Map.of("--pairs", "5", "--size", "1000", "--warmup", "20",
        "--warmup-time", "1", "--time", "1", "--jvm-args", JVM_ARGS, "--only", "", "--log",
        "benchmarks/target/paired"));
    for (int i = 0; i < args.length; i += 2) {
      if (!options.containsKey(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException("Unknown option or no value: " + args[i] + " (options: "
            + options.keySet() + ")");
      }
      options.put(args[i], args[i + 1]);
    }
    if (Integer.parseInt(options.get("--warmup")) % 2 != 0) {
      throw new IllegalArgumentException("--warmup must be even, so that pairs start at an even iteration");
    }
    return options;
  }

  /** Runs the fork of a ratio's two sides and splits its measured iterations into pairs. */
  private static Pairing measure(Ratio ratio, int size, Map<String, String> options, Path log, PrintWriter csv)
      throws RunnerException, IOException {
    int warmup = Integer.parseInt(options.get("--warmup"));
    String name = ratio.label().replace('/', '-').replace(':', '-');
    Path cpuLog = log.resolve(name + "-cpu.csv");
    Files.deleteIfExists(cpuLog);
    List<String> jvmArgs = new ArrayList<>(Arrays.asList(options.get("--jvm-args").split(" ")));
    jvmArgs.add("-D" + IterationCpu.LOG + "=" + cpuLog.toAbsolutePath());
    Options jmh = new OptionsBuilder()
        .include("^" + PairBenchmark.class.getName().replace(".", "\\.") + "\\.pair$")
        .param("ratio", ratio.label())
        .param("size", Integer.toString(size))
        .forks(1)
        .warmupIterations(warmup)
        .warmupTime(TimeValue.seconds(Long.parseLong(options.get("--warmup-time"))))
        .measurementIterations(2 * Integer.parseInt(options.get("--pairs")))
        .measurementTime(TimeValue.seconds(Long.parseLong(options.get("--time"))))
        .timeUnit(TimeUnit.SECONDS)
        .shouldDoGC(true)
        .jvmArgsAppend(jvmArgs.toArray(String[]::new))
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .output(log.resolve(name + ".txt").toString())
        .build();
    RunResult result = new Runner(jmh).run().iterator().next();
    Map<Integer, Double> cpu = IterationCpu.read(cpuLog);
    List<Score> top = new ArrayList<>();
    List<Score> bottom = new ArrayList<>();
    int iteration = warmup;
    for (IterationResult measured : result.getBenchmarkResults().iterator().next().getIterationResults()) {
      boolean numerator = PairBenchmark.numeratorRuns(iteration++);
      Score score = new Score(measured.getPrimaryResult().getScore(), allocation(measured),
          cpu.getOrDefault(iteration - 1, Double.NaN));
      (numerator ? top : bottom).add(score);
      csv.println(String.format(Locale.ROOT, "%s,%d,%s,%.4f,%.0f,%.4f", ratio.label(), iteration - 1,
          numerator ? ratio.numerator() : ratio.denominator(), score.opsPerSecond(), score.bytesPerOperation(),
          score.opsPerCpuSecond()));
    }
    return new Pairing(ratio.numerator(), ratio.denominator(), top, bottom);
  }

  private static double allocation(IterationResult iteration) {
    for (Map.Entry<String, Result> secondary : iteration.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
        return secondary.getValue().getScore();
      }
    }
    return Double.NaN;
  }
}
