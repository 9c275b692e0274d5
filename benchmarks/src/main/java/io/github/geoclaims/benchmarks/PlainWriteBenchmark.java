package io.github.geoclaims.benchmarks;

import io.github.geoclaims.benchmarks.plain.PlainJson;
import io.github.geoclaims.benchmarks.plain.PlainModel;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline of writing: plain Jackson databind out of plain records, with the canonical pretty printer, into a
 * reused buffer. It writes the same bytes as {@code GeoClaimsJson.write}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PlainWriteBenchmark extends SizedInput {

  private PlainModel.Document records;
  private ByteArrayOutputStream out;

  /** Reads the records to write, and sizes the buffer. */
  @Override
  protected void prepare() {
    records = PlainJson.read(corpus.json());
    out = new ByteArrayOutputStream(corpus.json().length + 4096);
  }

  /** Writes the records. */
  @Benchmark
  public int plainWrite(Throughput counters) {
    out.reset();
    PlainJson.write(records, out);
    counters.count(out.size(), corpus.claims());
    return out.size();
  }
}
