package io.github.geoclaims.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Canonical writing: {@code GeoClaimsJson.write(document, out)} (Jackson 2, {@link Facades}) into a reused buffer. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class WriteBenchmark extends SizedInput {

  private ByteArrayOutputStream out;

  /** Sizes the buffer. */
  @Override
  protected void prepare() {
    out = new ByteArrayOutputStream(corpus.json().length + 4096);
  }

  /** Writes the document in the canonical layout. */
  @Benchmark
  public int write(Throughput counters) {
    out.reset();
    Facades.JACKSON2.write(corpus.document(), out);
    counters.count(out.size(), corpus.claims());
    return out.size();
  }
}
