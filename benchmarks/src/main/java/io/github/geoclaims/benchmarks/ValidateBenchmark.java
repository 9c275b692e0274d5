package io.github.geoclaims.benchmarks;

import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation alone: {@code GeoClaimsValidator.shared().validate(document)} on an already-built document. The
 * document's lazily built indexes (actors, sources and claims by identifier) are computed on the first call and
 * reused afterwards, which a freshly read document cannot do: a slight advantage over validation inside a read.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ValidateBenchmark extends SizedInput {

  /** Validates the document; it is valid, so the list is empty. */
  @Benchmark
  public List<Violation> validate(Throughput counters) {
    List<Violation> violations = GeoClaimsValidator.shared().validate(corpus.document());
    counters.count(corpus.json().length, corpus.claims());
    return violations;
  }
}
