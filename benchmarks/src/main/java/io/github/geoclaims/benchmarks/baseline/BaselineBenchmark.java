package io.github.geoclaims.benchmarks.baseline;

import io.github.geoclaims.benchmarks.IterationCpu;
import io.github.geoclaims.benchmarks.PairBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * One operation of the current build against the same operation of a baseline build, in one fork, in the
 * alternating iterations of {@link PairBenchmark} (current, baseline; baseline, current; ...), on one document both
 * builds read. Each build is loaded from its benchmarks jar in a class loader of its own ({@link Build}), the current
 * one too, so that the two are called the same way and each has its own copy of Jackson. Run by
 * {@link BaselineComparison}, which names the jars and the document in the system properties {@value #CURRENT},
 * {@value #BASELINE} and {@value #DOCUMENT}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 20, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Xmn512m", "-XX:+UseParallelGC", "-XX:-UseAdaptiveSizePolicy"})
public class BaselineBenchmark {

  /** The system property naming the current build's benchmarks jar. */
  public static final String CURRENT = "geoclaims.baseline.current";
  /** The system property naming the baseline build's benchmarks jar. */
  public static final String BASELINE = "geoclaims.baseline.jar";
  /** The system property naming the document, one both builds read. */
  public static final String DOCUMENT = "geoclaims.baseline.document";

  /** The operation: {@code read}, {@code readUnvalidated}, {@code validate}, {@code write} or {@code writeStream}. */
  @Param({"read"})
  public String operation;

  private Build.Operation measured;
  private Build current;
  private Build baseline;
  private Build side;
  private int iteration = -1;
  private long operations;
  private final IterationCpu cpu = new IterationCpu();

  /**
   * Loads both builds and reads the document once with each.
   *
   * @throws IOException if the document cannot be read
   * @throws ReflectiveOperationException if a build cannot be loaded or rejects the document
   */
  @Setup(Level.Trial)
  public void prepare() throws IOException, ReflectiveOperationException {
    measured = operation(operation);
    byte[] bytes = Files.readAllBytes(path(DOCUMENT));
    current = Build.load(path(CURRENT), bytes);
    baseline = Build.load(path(BASELINE), bytes);
  }

  /**
   * Returns the operation a benchmark parameter names.
   *
   * <pre>{@code
   * BaselineBenchmark.operation("readUnvalidated");   // READ_UNVALIDATED
   * }</pre>
   *
   * @param name {@code read}, {@code readUnvalidated}, {@code validate}, {@code write} or {@code writeStream}
   * @return the operation
   * @throws IllegalArgumentException for any other name
   */
  static Build.Operation operation(String name) {
    switch (name) {
      case "read":
        return Build.Operation.READ;
      case "readUnvalidated":
        return Build.Operation.READ_UNVALIDATED;
      case "validate":
        return Build.Operation.VALIDATE;
      case "write":
        return Build.Operation.WRITE;
      case "writeStream":
        return Build.Operation.WRITE_STREAM;
      default:
        throw new IllegalArgumentException(
            "No operation " + name + ": read, readUnvalidated, validate, write or writeStream");
    }
  }

  private static Path path(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("Set the system property " + property + " (benchmarks/run --baseline does)");
    }
    return Path.of(value);
  }

  /** Chooses the build of the next iteration: the current one where {@link PairBenchmark#numeratorRuns(int)}. */
  @Setup(Level.Iteration)
  public void alternate() {
    iteration++;
    side = PairBenchmark.numeratorRuns(iteration) ? current : baseline;
    operations = 0;
    cpu.start();
  }

  /**
   * Records the iteration's CPU time ({@link IterationCpu}).
   *
   * @throws IOException if the log cannot be written
   */
  @TearDown(Level.Iteration)
  public void record() throws IOException {
    cpu.record(iteration, operations);
  }

  /**
   * Runs the operation once with this iteration's build.
   *
   * @return the result, which JMH consumes
   * @throws ReflectiveOperationException if the build fails
   */
  @Benchmark
  public Object pair() throws ReflectiveOperationException {
    operations++;
    return side.run(measured);
  }
}
