package io.github.geoclaims.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.spark.schema.ClaimTable;
import io.github.geoclaims.testing.DocumentGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips: documents into tables, tables into Parquet and JSON Lines, and back into equal model objects. */
class ClaimTablesTest {

  private static SparkSession spark;
  private static List<ClaimDocument> documents;
  private static ClaimTables tables;

  @TempDir
  static Path directory;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    documents = Stream.concat(Fixtures.loadAll().stream(), IntStream.range(0, 30)
        .mapToObj(seed -> new DocumentGenerator(seed).validDocument().withId("generated-" + seed))).toList();
    tables = GeoClaimsSpark.read(spark, LocalSpark.writeFiles(directory.resolve("in"), documents).toString());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static <T> List<T> drain(java.util.Iterator<T> iterator) {
    List<T> all = new ArrayList<>();
    iterator.forEachRemaining(all::add);
    return all;
  }

  @Test
  void documentsReadIntoTablesComeBackEqual() {
    assertThat(drain(tables.documents())).containsExactlyInAnyOrderElementsOf(documents);
  }

  @Test
  void tablesWrittenAsParquetReadBackIntoEqualDocuments() {
    String out = directory.resolve("parquet").toString();
    tables.writeParquet(out);

    ClaimTables back = ClaimTables.readParquet(spark, out);

    assertThat(drain(back.documents())).containsExactlyInAnyOrderElementsOf(documents);
    assertThat(back.errors().count()).isZero();
  }

  @Test
  void tablesWrittenAsJsonLinesReadBackIntoEqualModelObjects() {
    String out = directory.resolve("jsonl").toString();
    tables.writeJsonLines(out);

    ClaimTables back = ClaimTables.readJsonLines(spark, out);

    assertThat(drain(back.models(ClaimTable.ACTORS, Actor.class))).containsExactlyInAnyOrderElementsOf(
        documents.stream().flatMap(document -> document.getActors().stream()).toList());
    assertThat(drain(back.models(ClaimTable.ATTRIBUTIONS, Attribution.class))).containsExactlyInAnyOrderElementsOf(
        documents.stream().flatMap(document -> document.getClaims().stream())
            .flatMap(claim -> claim.getAttributions().stream()).toList());
    assertThat(drain(back.documents())).containsExactlyInAnyOrderElementsOf(documents);
  }

  @Test
  void everyTableHasTheColumnsOfItsSchema() {
    for (ClaimTable table : ClaimTable.values()) {
      assertThat(tables.table(table).schema().fieldNames()).as(table.tableName())
          .containsExactly(table.schema().fieldNames());
    }
  }
}
