package io.github.geoclaims.benchmarks;

import io.github.geoclaims.benchmarks.data.Corpus;
import io.github.geoclaims.graph.GraphLayout;
import io.github.geoclaims.graph.ProvenanceGraph;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Laying out the provenance graph of a generated document ({@link Corpus#generatedDocument(int, long)}, the
 * benchmarks' shape) with ELK's layered algorithm: the step that must take seconds, not minutes, at 1,000 claims. Each call is one whole layout, so the mode is the time
 * per call. Not part of {@code benchmarks/run}'s suites: {@code java -jar benchmarks/target/benchmarks.jar
 * GraphLayoutBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class GraphLayoutBenchmark {

  /** The number of claims of the document. */
  @Param({"100", "1000"})
  public int size;

  private ProvenanceGraph graph;

  /** Generates the document and builds its graph, outside the measurement. */
  @Setup(Level.Trial)
  public void generate() {
    graph = ProvenanceGraph.of(Corpus.generatedDocument(size, Corpus.SEED));
  }

  /** Lays the graph out with ELK's layered algorithm. */
  @Benchmark
  public GraphLayout layOut() {
    return GraphLayout.of(graph);
  }
}
