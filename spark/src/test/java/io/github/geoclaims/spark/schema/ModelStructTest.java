package io.github.geoclaims.spark.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.testing.DocumentGenerator;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ModelStruct}: every model type as a struct, and rows back into equal, validated model objects. */
class ModelStructTest {

  static LongStream seeds() {
    return DocumentGenerator.seeds(40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyDocumentBecomesARowAndTheRowTheEqualDocument(long seed) {
    DocumentGenerator.forSeed(seed, generator -> {
      ClaimDocument document = generator.validDocument();
      ModelStruct<ClaimDocument> documents = ModelStruct.of(ClaimDocument.class);

      assertThat(documents.fromRow(documents.toRow(document))).isEqualTo(document);
    });
  }

  @Test
  void columnsAreTheJsonNamesInSnakeCaseWithExtensionsLast() {
    StructField[] fields = ModelStruct.of(Actor.class).schema().fields();

    assertThat(Arrays.stream(fields).map(StructField::name)).contains("id", "country_code", "wikidata_id",
        "member_count", "identity_caveat").last().isEqualTo(ModelStruct.EXTENSIONS);
  }

  @Test
  void optionalPropertiesAreNullableColumnsAndRequiredOnesAndListsAreNot() {
    StructType schema = ModelStruct.of(Source.class).schema();

    assertThat(schema.apply("id").nullable()).isFalse();
    assertThat(schema.apply("authors").nullable()).isFalse();
    assertThat(schema.apply("published_at").nullable()).isTrue();
  }

  private static Row withColumn(Row row, String column, Object value) {
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[row.fieldIndex(column)] = value;
    return new GenericRowWithSchema(values, row.schema());
  }

  private static Row actorRow() {
    Actor actor = new DocumentGenerator(4).validDocument().getActors().get(0);
    ModelStruct<Actor> actors = ModelStruct.of(Actor.class);
    return new GenericRowWithSchema(actors.values(actor), actors.schema());
  }

  @Test
  void aRowWithoutARequiredValueIsRejectedAsMissingAtItsColumn() {
    Row row = withColumn(actorRow(), "name", null);

    assertThatThrownBy(() -> ModelStruct.of(Actor.class).fromRow(row))
        .isInstanceOfSatisfying(RowConversionException.class, e -> {
          assertThat(e.code()).isEqualTo(RowConversionException.MISSING);
          assertThat(e.getMessage()).contains("name");
        });
  }

  @Test
  void aValueOfTheWrongFormIsRejectedAsMalformedAtItsColumn() {
    Claim claim = new DocumentGenerator(6).validDocument().getClaims().get(0);
    ModelStruct<Claim> claims = ModelStruct.of(Claim.class);
    Row row = new GenericRowWithSchema(claims.values(claim),
        claims.schema());
    Row timed = withColumn(row, "time", new GenericRowWithSchema(new Object[] {"last spring", null, null, null},
        ModelStruct.of(TimeSpec.class).schema()));

    assertThatThrownBy(() -> claims.fromRow(timed)).isInstanceOfSatisfying(RowConversionException.class, e -> {
      assertThat(e.code()).isEqualTo(RowConversionException.MALFORMED);
      assertThat(e.pointer()).isEqualTo("/time/at");
      assertThat(e.getMessage()).contains("last spring");
    });
  }

  @Test
  void aRowThatBreaksARuleOfTheModelIsRejectedWithTheViolations() {
    Row row = withColumn(actorRow(), "country_code", "not a country");

    assertThatThrownBy(() -> ModelStruct.of(Actor.class).fromRow(row))
        .isInstanceOfSatisfying(RowConversionException.class, e -> {
          assertThat(e.code()).isEqualTo(RowConversionException.INVALID);
          assertThat(e.pointer()).isEqualTo("/country_code");
          assertThat(e.violations()).isNotEmpty();
        });
  }
}
