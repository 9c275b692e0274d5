package io.github.geoclaims.benchmarks;

import io.github.geoclaims.benchmarks.data.Corpus;
import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a {@link ClaimCorpus}: indexing documents already read ({@code index}), and reading their JSON with
 * indexing ({@code readAndIndex}) against reading alone ({@code read}, the baseline in the same run), so that the
 * ratio of the two is what indexing adds to loading a corpus from files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CorpusBenchmark {

  /** The number of claims of each document. */
  @Param({"10", "1000"})
  public int size;

  /** The number of documents of the corpus. */
  @Param({"20"})
  public int documents;

  private final GeoClaimsJson json = Facades.JACKSON2;
  private final List<ClaimDocument> read = new ArrayList<>();
  private final List<byte[]> files = new ArrayList<>();
  private long bytes;

  /** Generates the documents (deterministic seeds) and their canonical JSON, outside the measurement. */
  @Setup(Level.Trial)
  public void generate() {
    for (int i = 0; i < documents; i++) {
      ClaimDocument document = Corpus.generatedDocument(size, Corpus.SEED + i).withId("document-" + i);
      read.add(document);
      byte[] file = json.write(document).getBytes(StandardCharsets.UTF_8);
      files.add(file);
      bytes += file.length;
    }
  }

  /** Indexes the documents, already read, into a corpus. */
  @Benchmark
  public ClaimCorpus index(Throughput counters) {
    ClaimCorpus corpus = ClaimCorpus.of(read);
    counters.count(bytes, documents * size);
    return corpus;
  }

  /** Reads every document (validating) and indexes it, one at a time, as a corpus is loaded from files. */
  @Benchmark
  public ClaimCorpus readAndIndex(Throughput counters) {
    ClaimCorpus.Builder corpus = ClaimCorpus.builder();
    for (byte[] file : files) {
      corpus.add(json.read(file));
    }
    counters.count(bytes, documents * size);
    return corpus.build();
  }

  /** The baseline: reads every document (validating), and keeps none. */
  @Benchmark
  public int read(Throughput counters) {
    int claims = 0;
    for (byte[] file : files) {
      claims += json.read(file).getClaims().size();
    }
    counters.count(bytes, documents * size);
    return claims;
  }
}
