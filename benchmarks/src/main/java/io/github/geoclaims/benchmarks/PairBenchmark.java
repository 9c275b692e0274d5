package io.github.geoclaims.benchmarks;

import io.github.geoclaims.benchmarks.data.Corpus;
import io.github.geoclaims.benchmarks.report.Ratio;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Both sides of one {@link Ratio} in one fork, in alternating iterations: A B, B A, A B, ... (see
 * {@link #numeratorRuns(int)}), on one generated document. Each iteration is a short batch of one side's operation,
 * the operation of that side's own benchmark class ({@code read} is {@link ReadBenchmark#read}); two consecutive
 * iterations from the same even index on are a pair, and give one value of the ratio. Run by
 * {@link io.github.geoclaims.benchmarks.report.PairedRatios}, which reads the iterations' scores; the warm-up must
 * have an even number of iterations, and JMH should collect garbage between iterations ({@code -gc true}), so that
 * one side's garbage is not collected in the other's time.
 *
 * <p>Each iteration also measures the process's CPU time ({@link IterationCpu}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Xmn512m", "-XX:+UseParallelGC", "-XX:-UseAdaptiveSizePolicy"})
public class PairBenchmark {

  /** The ratio, by its label, such as {@code read/plainRead}. */
  @Param({"read/plainRead"})
  public String ratio;

  /** The number of claims of the generated document. */
  @Param({"1000"})
  public int size;

  private Side numerator;
  private Side denominator;
  private StreamBenchmark stream;
  private int iteration = -1;
  private Side current;
  private long operations;
  private final IterationCpu cpu = new IterationCpu();

  /** One side of the ratio: the operation of a benchmark method, on the shared document. */
  @FunctionalInterface
  private interface Side {
    Object run(Throughput counters, Blackhole sink) throws IOException;
  }

  /**
   * Returns {@code true} if the iteration of that index (from 0, warm-up included) runs the numerator: iterations
   * 0, 3, 4, 7, 8, ..., so that each pair of iterations {@code 2k, 2k + 1} holds both sides, in alternating order.
   *
   * <pre>{@code
   * boolean first = PairBenchmark.numeratorRuns(0);   // true; 1 and 2: false
   * }</pre>
   *
   * @param iteration the index of the iteration in the fork
   */
  public static boolean numeratorRuns(int iteration) {
    return (iteration / 2) % 2 == iteration % 2;
  }

  /** Generates the document once and prepares both sides on it. */
  @Setup(Level.Trial)
  public void prepare() {
    Ratio measured = Arrays.stream(Ratio.values()).filter(r -> r.label().equals(ratio)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No ratio " + ratio));
    Corpus corpus = Corpus.generated(size);
    numerator = side(measured.numerator(), corpus);
    denominator = side(measured.denominator(), corpus);
  }

  /** Chooses the side of the next iteration, and notes the CPU time so far. */
  @Setup(Level.Iteration)
  public void alternate() {
    iteration++;
    current = numeratorRuns(iteration) ? numerator : denominator;
    operations = 0;
    cpu.start();
  }

  /**
   * Records the iteration's operations and CPU time ({@link IterationCpu#record(int, long)}).
   *
   * @throws IOException if the log cannot be written
   */
  @TearDown(Level.Iteration)
  public void record() throws IOException {
    cpu.record(iteration, operations);
  }

  /** Deletes the stream benchmark's file, if a side made one. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    if (stream != null) {
      stream.delete();
    }
  }

  /** Runs the operation of this iteration's side. */
  @Benchmark
  public Object pair(Throughput counters, Blackhole sink) throws IOException {
    operations++;
    return current.run(counters, sink);
  }

  private Side side(String benchmark, Corpus corpus) {
    return switch (benchmark) {
      case "scan" -> side(new ScanBenchmark(), corpus, (b, counters, sink) -> b.scan(counters));
      case "plainRead" -> side(new PlainReadBenchmark(), corpus, (b, counters, sink) -> b.plainRead(counters));
      case "plainWrite" -> side(new PlainWriteBenchmark(), corpus, (b, counters, sink) -> b.plainWrite(counters));
      case "read" -> side(new ReadBenchmark(), corpus, (b, counters, sink) -> b.read(counters));
      case "read3" -> side(new Read3Benchmark(), corpus, (b, counters, sink) -> b.read3(counters));
      case "readUnvalidated" -> side(new ReadUnvalidatedBenchmark(), corpus,
          (b, counters, sink) -> b.readUnvalidated(counters));
      case "validate" -> side(new ValidateBenchmark(), corpus, (b, counters, sink) -> b.validate(counters));
      case "write" -> side(new WriteBenchmark(), corpus, (b, counters, sink) -> b.write(counters));
      case "stream" -> {
        stream = new StreamBenchmark();
        yield side(stream, corpus, StreamBenchmark::stream);
      }
      default -> throw new IllegalArgumentException("No benchmark " + benchmark);
    };
  }

  /** A benchmark method as a function of its instance. */
  @FunctionalInterface
  private interface Method<T> {
    Object run(T benchmark, Throughput counters, Blackhole sink) throws IOException;
  }

  private static <T extends SizedInput> Side side(T benchmark, Corpus corpus, Method<T> method) {
    benchmark.use(corpus);
    return (counters, sink) -> method.run(benchmark, counters, sink);
  }
}
