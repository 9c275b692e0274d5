package io.github.geoclaims.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The floor: a Jackson {@link JsonParser} token loop over the same bytes, building nothing. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ScanBenchmark extends SizedInput {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Counts the tokens of the document. */
  @Benchmark
  public long scan(Throughput counters) throws IOException {
    long tokens = 0;
    try (JsonParser parser = FACTORY.createParser(corpus.json())) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    counters.count(corpus.json().length, corpus.claims());
    return tokens;
  }
}
