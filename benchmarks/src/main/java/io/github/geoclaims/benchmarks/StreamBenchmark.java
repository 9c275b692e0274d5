package io.github.geoclaims.benchmarks;

import io.github.geoclaims.json.ClaimStreamReader;
import io.github.geoclaims.json.ClaimStreamWriter;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The streaming reader and writer of geoclaims-jackson ({@code GeoClaimsJson.claimReader} / {@code claimWriter}):
 * {@code stream} reads the canonical JSON from a file claim by claim, validating each, as a large-file user does;
 * {@code streamWrite} writes the header, the claims one by one and the relations to a reused buffer.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class StreamBenchmark extends SizedInput {

  private Path file;
  private ClaimDocument header;
  private ByteArrayOutputStream out;

  @Override
  protected void prepare() {
    try {
      file = Files.createTempFile("geoclaims-stream-" + size + "-", ".json");
      Files.write(file, corpus.json());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ClaimDocument document = corpus.document();
    ClaimDocument.Builder b = ClaimDocument.builder().id(document.getId()).addAllActors(document.getActors())
        .addAllSources(document.getSources()).putAllExtensions(document.getExtensions());
    document.getTitle().ifPresent(b::title);
    document.getDescription().ifPresent(b::description);
    header = b.build();
    out = new ByteArrayOutputStream(corpus.json().length + 4096);
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Reads and validates the claims one at a time from the file, then the relations. */
  @Benchmark
  public int stream(Throughput counters, Blackhole sink) {
    int claims = 0;
    try (ClaimStreamReader reader = Facades.JACKSON2.claimReader(file)) {
      while (reader.hasNext()) {
        sink.consume(reader.next());
        claims++;
      }
      sink.consume(reader.relations());
    }
    counters.count(corpus.json().length, claims);
    return claims;
  }

  /** Writes the header, the claims one at a time and the relations. */
  @Benchmark
  public int streamWrite(Throughput counters) {
    out.reset();
    try (ClaimStreamWriter writer = Facades.JACKSON2.claimWriter(out)) {
      writer.writeHeader(header);
      for (Claim claim : corpus.document().getClaims()) {
        writer.writeClaim(claim);
      }
      for (ClaimRelation relation : corpus.document().getRelations()) {
        writer.writeRelation(relation);
      }
    }
    counters.count(out.size(), corpus.claims());
    return out.size();
  }
}
