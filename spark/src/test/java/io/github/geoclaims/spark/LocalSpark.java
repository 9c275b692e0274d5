package io.github.geoclaims.spark;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a test class, in local mode as the tests run it: two threads, no UI, two shuffle partitions.
 * One per test class, started in {@code @BeforeAll} and stopped in {@code @AfterAll}.
 */
public final class LocalSpark {

  private LocalSpark() {}

  /** Starts a local session (or returns the one already running). */
  public static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("geoclaims-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.adaptive.enabled", "false")
        // The tests' data is small: compiling whole stages costs more than it saves.
        .config("spark.sql.codegen.wholeStage", "false")
        .getOrCreate();
  }

  /**
   * Writes documents into a folder, one file each, named so that the file order is the list's order.
   *
   * @param directory the folder
   * @param documents the documents
   * @return the folder
   */
  public static Path writeFiles(Path directory, List<ClaimDocument> documents) {
    try {
      Files.createDirectories(directory);
      for (int d = 0; d < documents.size(); d++) {
        GeoClaimsJson.standard().write(documents.get(d), directory.resolve(String.format("%05d.json", d)));
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
