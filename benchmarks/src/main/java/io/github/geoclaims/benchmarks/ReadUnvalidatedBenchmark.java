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

/** Reading trusted input: {@code GeoClaimsJson.builder().validate(false).build().read(bytes)}, Jackson 2. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReadUnvalidatedBenchmark extends SizedInput {

  /** Reads the document without the core rules (the JSON structure is still checked). */
  @Benchmark
  public ClaimDocument readUnvalidated(Throughput counters) {
    ClaimDocument document = Facades.JACKSON2_UNVALIDATED.read(corpus.json());
    counters.count(corpus.json().length, corpus.claims());
    return document;
  }
}
