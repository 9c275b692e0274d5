package io.github.geoclaims.benchmarks;

import io.github.geoclaims.benchmarks.plain.PlainJson;
import io.github.geoclaims.benchmarks.plain.PlainModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The baseline of reading: plain Jackson databind into plain records of the same shape, no validation. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PlainReadBenchmark extends SizedInput {

  /** Reads the document into {@link PlainModel} records. */
  @Benchmark
  public PlainModel.Document plainRead(Throughput counters) {
    PlainModel.Document document = PlainJson.read(corpus.json());
    counters.count(corpus.json().length, corpus.claims());
    return document;
  }
}
