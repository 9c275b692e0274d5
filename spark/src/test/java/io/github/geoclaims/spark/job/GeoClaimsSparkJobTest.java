package io.github.geoclaims.spark.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.spark.LocalSpark;
import io.github.geoclaims.spark.schema.ClaimTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The origins job, run in this JVM on the test's session (which it leaves running). */
class GeoClaimsSparkJobTest {

  private static SparkSession spark;

  @TempDir
  Path directory;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** What a run printed and returned. */
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = GeoClaimsSparkJob.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsTheMostBackedClaimsAndTotalsWritesParquetAndNamesEachInvalidDocumentWithStatusOne()
      throws IOException {
    List<ClaimDocument> fixtures = Fixtures.loadAll();
    Path input = LocalSpark.writeFiles(directory.resolve("in"), fixtures);
    Files.writeString(input.resolve("broken.json"), "{\"schemaVersion\": \"1.1\"");
    Files.writeString(input.resolve("also-broken.jsonl"), "\n[]\n");
    Path out = directory.resolve("out");

    Run run = run("origins", input.toString(), "--out", out.toString(), "--top", "3");

    long claims = fixtures.stream().mapToLong(document -> document.getClaims().size()).sum();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("claims: " + claims + "\n", "documents: 5\n", "invalid documents: 2\n")
        .contains("origins  appearances  claim");
    assertThat(run.err()).contains("/in/broken.json:1 / json.syntax: ")
        .contains("also-broken.jsonl:2 ").doesNotContain("\tat ");
    for (ClaimTable table : ClaimTable.values()) {
      assertThat(out.resolve(table.tableName())).isDirectoryContaining("glob:**.parquet");
    }
    assertThat(out.resolve("origins")).isDirectoryContaining("glob:**.parquet");
  }

  @Test
  void aMistakeOnTheCommandLineIsNamedWithTheUsageAndStatusTwo() {
    Run run = run("origins", directory.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--out").contains(JobArguments.USAGE);
  }

  @Test
  void aFolderThatCannotBeReadIsAMessageWithoutAStackTraceAndStatusTwo() {
    Run run = run("origins", directory.resolve("missing").toString(), "--out", directory.resolve("out").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("geoclaims-spark: ").doesNotContain("\tat ");
  }
}
