package io.github.geoclaims.benchmarks;

import io.github.geoclaims.model.ClaimDocument;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The validating read of {@link ReadBenchmark} on the Jackson 3 backend ({@link Facades#JACKSON3}). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class Read3Benchmark extends SizedInput {

  /** Reads and validates the document with Jackson 3. */
  @Benchmark
  public ClaimDocument read3(Throughput counters) {
    ClaimDocument document = Facades.JACKSON3.read(corpus.json());
    counters.count(corpus.json().length, corpus.claims());
    return document;
  }
}
