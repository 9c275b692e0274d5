package io.github.geoclaims.benchmarks;

import io.github.geoclaims.benchmarks.data.Corpus;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The input every benchmark shares: a generated document of {@code size} claims and its canonical JSON. Benchmark
 * classes extend it, so that each trial generates its input once, outside the measurement.
 */
@State(Scope.Benchmark)
public class SizedInput {

  /** The number of claims of the generated document. */
  @Param({"10", "1000", "100000"})
  public int size;

  /** The generated document and its bytes. */
  protected Corpus corpus;

  /** Generates the input (deterministic: the default seed), then lets the benchmark prepare. */
  @Setup(Level.Trial)
  public void generate() {
    use(Corpus.generated(size));
  }

  /**
   * Takes an input generated elsewhere and prepares: how {@link PairBenchmark} gives both sides of a ratio one
   * document.
   *
   * @param input the document and its bytes
   */
  void use(Corpus input) {
    corpus = input;
    size = input.claims();
    prepare();
  }

  /** Prepares what the benchmark needs besides the corpus; called once per trial, after generating. */
  protected void prepare() {}
}
