package io.github.geoclaims.benchmarks;

import io.github.geoclaims.benchmarks.data.Corpus;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hand-made article fixtures of the examples module ({@code *.json} next to its {@code index.properties}), read
 * from the file system under the directory named by the system property {@code geoclaims.root} (default: the
 * working directory). One operation processes every fixture. {@code benchmarks/run} includes this class only when
 * the fixtures exist; otherwise its setup fails with a message.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class FixturesBenchmark {

  private List<Corpus> fixtures;
  private ByteArrayOutputStream out;

  /** Reads the fixtures. */
  @Setup(Level.Trial)
  public void load() {
    fixtures = Corpus.fixtures(Path.of(System.getProperty("geoclaims.root", ".")));
    if (fixtures.isEmpty()) {
      throw new IllegalStateException("No fixtures at " + Corpus.FIXTURES + " under "
          + Path.of(System.getProperty("geoclaims.root", ".")).toAbsolutePath());
    }
    out = new ByteArrayOutputStream(1 << 20);
  }

  /** Reads and validates every fixture. */
  @Benchmark
  public void fixturesRead(Throughput counters, Blackhole sink) {
    for (Corpus fixture : fixtures) {
      sink.consume(Facades.JACKSON2.read(fixture.json()));
      counters.count(fixture.json().length, fixture.claims());
    }
  }

  /** Writes every fixture canonically. */
  @Benchmark
  public void fixturesWrite(Throughput counters, Blackhole sink) {
    for (Corpus fixture : fixtures) {
      out.reset();
      Facades.JACKSON2.write(fixture.document(), out);
      sink.consume(out.size());
      counters.count(out.size(), fixture.claims());
    }
  }

  /** Validates every fixture. */
  @Benchmark
  public void fixturesValidate(Throughput counters, Blackhole sink) {
    for (Corpus fixture : fixtures) {
      ClaimDocument document = fixture.document();
      sink.consume(GeoClaimsValidator.shared().validate(document));
      counters.count(fixture.json().length, fixture.claims());
    }
  }
}
