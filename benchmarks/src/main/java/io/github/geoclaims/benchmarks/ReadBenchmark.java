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

/**
 * Reading as users do by default: {@code GeoClaimsJson.read(bytes)} with the default limits, structure and every core
 * rule, on the Jackson 2 backend ({@link Facades#JACKSON2}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReadBenchmark extends SizedInput {

  /** Reads and validates the document. */
  @Benchmark
  public ClaimDocument read(Throughput counters) {
    ClaimDocument document = Facades.JACKSON2.read(corpus.json());
    counters.count(corpus.json().length, corpus.claims());
    return document;
  }
}
