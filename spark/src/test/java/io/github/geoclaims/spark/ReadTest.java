package io.github.geoclaims.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.spark.schema.ClaimTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading: files and JSON Lines into tables, validated, with invalid documents reported and never dropped. */
class ReadTest {

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

  private static long claimsOf(List<ClaimDocument> documents) {
    return documents.stream().mapToLong(document -> document.getClaims().size()).sum();
  }

  @Test
  void readsEveryDocumentOfFilesAndJsonLinesIntoEveryTable() throws IOException {
    List<ClaimDocument> fixtures = Fixtures.loadAll();
    LocalSpark.writeFiles(directory.resolve("files"), fixtures.subList(0, 3));
    Files.writeString(directory.resolve("more.jsonl"), fixtures.subList(3, 5).stream()
        .map(GeoClaimsJson.standard()::writeLine).collect(Collectors.joining("\n", "", "\n")));

    ClaimTables tables = GeoClaimsSpark.read(spark, directory.resolve("files").toString(),
        directory.resolve("more.jsonl").toString());

    assertThat(tables.errors().count()).isZero();
    assertThat(tables.table(ClaimTable.DOCUMENTS).count()).isEqualTo(5);
    assertThat(tables.table(ClaimTable.CLAIMS).count()).isEqualTo(claimsOf(fixtures));
    assertThat(tables.table(ClaimTable.ATTRIBUTIONS).count()).isEqualTo(fixtures.stream()
        .flatMap(document -> document.getClaims().stream()).mapToLong(claim -> claim.getAttributions().size()).sum());
    assertThat(tables.table(ClaimTable.ACTORS).count()).isEqualTo(fixtures.stream()
        .mapToLong(document -> document.getActors().size()).sum());
    assertThat(tables.table(ClaimTable.DOCUMENTS).filter("line = 2").count())
        .as("the second line of the JSON Lines file").isEqualTo(1);
  }

  @Test
  void anInvalidDocumentIsAnErrorWithFilePointerAndCodeAndTheOthersAreRead() throws IOException {
    LocalSpark.writeFiles(directory, Fixtures.loadAll());
    String valid = Fixtures.json(Fixtures.ids().get(0));
    Files.writeString(directory.resolve("broken.json"), valid.replaceFirst("\"claimant\": \"[^\"]+\"",
        "\"claimant\": \"nobody-we-know\""));
    Files.writeString(directory.resolve("garbled.jsonl"), "{\"schemaVersion\": \n");

    ClaimTables tables = GeoClaimsSpark.read(spark, OnInvalid.CONTINUE, directory.toString());

    List<DocumentError> errors = tables.errors().collectAsList().stream().map(DocumentError::of).toList();
    assertThat(errors).anySatisfy(error -> {
      assertThat(error.file()).endsWith("broken.json");
      assertThat(error.pointer()).matches("/claims/\\d+/attributions/\\d+/claimant");
      assertThat(error.code()).isNotBlank();
      assertThat(error.message()).contains("nobody-we-know");
    });
    assertThat(errors).anySatisfy(error -> {
      assertThat(error.file()).endsWith("garbled.jsonl");
      assertThat(error.line()).isEqualTo(1);
      assertThat(error.code()).isEqualTo("json.syntax");
    });
    assertThat(tables.table(ClaimTable.DOCUMENTS).count()).as("the five valid fixtures").isEqualTo(5);
  }

  @Test
  void failingOnInvalidInputNamesEveryInvalidDocumentAfterReadingAll() throws IOException {
    LocalSpark.writeFiles(directory, Fixtures.loadAll());
    Files.writeString(directory.resolve("empty.json"), "");
    Files.writeString(directory.resolve("not-a-document.json"), "[1, 2]");

    assertThatThrownBy(() -> GeoClaimsSpark.read(spark, directory.toString()))
        .isInstanceOfSatisfying(InvalidDocumentsException.class, e -> {
          assertThat(e.errors()).extracting(DocumentError::file)
              .anySatisfy(file -> assertThat(file).endsWith("empty.json"))
              .anySatisfy(file -> assertThat(file).endsWith("not-a-document.json"));
          assertThat(e.total()).isEqualTo(e.errors().size());
          assertThat(e.getMessage()).contains("empty.json", "not-a-document.json");
        });
  }

  @Test
  void aSecondDocumentWithAnIdentifierAlreadyReadIsLeftOutAsACorpusLeavesItOut() throws IOException {
    ClaimDocument fixture = Fixtures.loadAll().get(0);
    LocalSpark.writeFiles(directory, List.of(fixture, fixture));

    ClaimTables tables = GeoClaimsSpark.read(spark, OnInvalid.CONTINUE, directory.toString());

    assertThat(tables.table(ClaimTable.DOCUMENTS).collectAsList()).singleElement()
        .satisfies(row -> assertThat(row.<String>getAs("file")).endsWith("00000.json"));
    assertThat(tables.errors().collectAsList()).singleElement().satisfies(row -> {
      assertThat(row.<String>getAs("file")).endsWith("00001.json");
      assertThat(row.<String>getAs("code")).isEqualTo("corpus.document-duplicate");
      assertThat(row.<String>getAs("pointer")).isEqualTo("/id");
    });
  }
}
