package io.github.geoclaims.spark.benchmark;

import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.json.DocumentLine;
import io.github.geoclaims.json.DocumentLineReader;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.spark.ClaimTables;
import io.github.geoclaims.spark.GeoClaimsSpark;
import io.github.geoclaims.spark.corpus.GeneratedCorpus;
import io.github.geoclaims.spark.corpus.SparkCorpus;
import io.github.geoclaims.spark.schema.ClaimTable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The figures of BENCHMARKS.md's Spark section: claims per second for {@code origins} (read and validate every
 * document, then count every claim's independent origins) with Spark in {@code local[2]}, against
 * {@link ClaimCorpus} on one thread, on the same generated JSON Lines files. Not a test: run by hand with the test
 * class path ({@code java -cp ... OriginsBenchmark DIR DOCUMENTS CLAIMS_EACH}).
 */
public final class OriginsBenchmark {

  private OriginsBenchmark() {}

  /**
   * Generates the corpus (unless its files exist), then times both.
   *
   * @param args the folder, the number of documents, the claims of each
   * @throws IOException if the files cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    int claimsEach = Integer.parseInt(args[2]);
    int files = 8;
    GeoClaimsJson json = GeoClaimsJson.standard();
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory);
      List<ClaimDocument> corpus = GeneratedCorpus.of(documents, claimsEach);
      for (int f = 0; f < files; f++) {
        try (Writer out = Files.newBufferedWriter(directory.resolve(String.format("part-%02d.jsonl", f)))) {
          for (int d = f; d < corpus.size(); d += files) {
            out.write(json.writeLine(corpus.get(d)));
            out.write('\n');
          }
        }
      }
    }
    long start = System.nanoTime();
    ClaimCorpus.Builder builder = ClaimCorpus.builder();
    try (var listing = Files.list(directory)) {
      for (Path file : listing.sorted().toList()) {
        try (DocumentLineReader lines = json.lineReader(file)) {
          while (lines.hasNext()) {
            DocumentLine line = lines.next();
            line.document().ifPresent(builder::add);
          }
        }
      }
    }
    ClaimCorpus corpus = builder.build();
    long origins = corpus.claimIds().stream().mapToLong(claim -> corpus.independentOrigins(claim).size()).sum();
    double corpusSeconds = (System.nanoTime() - start) / 1e9;
    int claims = corpus.appearanceCount();
    System.out.printf("ClaimCorpus, 1 thread: %d claims, %d origins in %.1f s: %.0f claims/s%n", claims, origins,
        corpusSeconds, claims / corpusSeconds);

    SparkSession spark = SparkSession.builder().master("local[2]").appName("origins-benchmark")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    start = System.nanoTime();
    ClaimTables tables = GeoClaimsSpark.reader(spark).partitions(files).read(directory.toString());
    SparkCorpus sparkCorpus = SparkCorpus.of(tables);
    long sparkOrigins = sparkCorpus.origins().agg(org.apache.spark.sql.functions.sum(SparkCorpus.ORIGIN_COUNT))
        .first().getLong(0);
    long sparkClaims = tables.table(ClaimTable.CLAIMS).count();
    double sparkSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("Spark local[2]: %d claims, %d origins (summed per claim id) in %.1f s: %.0f claims/s%n",
        sparkClaims, sparkOrigins, sparkSeconds, sparkClaims / sparkSeconds);
    spark.stop();
  }
}
