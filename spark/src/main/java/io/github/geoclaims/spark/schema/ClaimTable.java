package io.github.geoclaims.spark.schema;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.meta.Cardinality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of a corpus, one row per model object, each with explicit Spark SQL columns: the keys that place the
 * object (its document, its position, its claim), then the object's own columns as {@link ModelStruct} derives them
 * from the model (nested objects as nested structs), then, for claims and attributions, columns the corpus questions
 * use (a claim's earliest date, an attribution's chain and origin). {@code docs/spark.md} describes every column.
 *
 * <pre>{@code
 * StructType schema = ClaimTable.ATTRIBUTIONS.schema();
 * Dataset<Row> attributions = spark.read().schema(schema).parquet("out/attributions");
 * }</pre>
 */
public enum ClaimTable {

  /** One row per document: where it was read from, and its own properties (title, description, extensions). */
  DOCUMENTS(ClaimDocument.class, fields(
      key(Keys.DOCUMENT_ID),
      key(Keys.FILE),
      DataTypes.createStructField(Keys.LINE, DataTypes.IntegerType, true))),
  /** One row per actor of a document. */
  ACTORS(Actor.class, documentKeys()),
  /** One row per source of a document. */
  SOURCES(Source.class, documentKeys()),
  /** One row per communication of a document. */
  COMMUNICATIONS(Communication.class, documentKeys()),
  /**
   * One row per claim of a document, with its attributions and assessments nested (so that a row is a whole claim),
   * and its earliest date.
   */
  CLAIMS(Claim.class, documentKeys()),
  /** One row per attribution of a claim, with its relay chain and the origin the chain ends at in its document. */
  ATTRIBUTIONS(Attribution.class, claimKeys()),
  /** One row per verification assessment of a claim. */
  ASSESSMENTS(VerificationAssessment.class, claimKeys()),
  /** One row per relation between claims. */
  RELATIONS(ClaimRelation.class, documentKeys());

  /** The struct of an origin: {@code kind} ({@code communication}, {@code claimant}, ...) and {@code reference}. */
  public static final StructType ORIGIN = originType();

  private final Class<?> modelType;
  private final StructType schema;

  ClaimTable(Class<?> modelType, List<StructField> keys) {
    this.modelType = modelType;
    List<StructField> fields = new ArrayList<>(keys);
    ModelStruct<?> struct = ModelStruct.of(modelType);
    if (modelType == ClaimDocument.class) {
      struct.type().properties().stream()
          .filter(property -> property.cardinality() != Cardinality.LIST && !property.name().equals("id"))
          .forEach(property -> fields.add(struct.schema().apply(ModelStruct.columnOf(property))));
      fields.add(struct.schema().apply(ModelStruct.EXTENSIONS));
    } else {
      fields.addAll(struct.fields());
    }
    if (modelType == Claim.class) {
      fields.add(DataTypes.createStructField(Keys.EARLIEST, DataTypes.StringType, true));
      fields.add(DataTypes.createStructField(Keys.EARLIEST_DAY, DataTypes.DateType, true));
    }
    if (modelType == Attribution.class) {
      fields.add(DataTypes.createStructField(Keys.BACKS, DataTypes.BooleanType, false));
      fields.add(DataTypes.createStructField(Keys.CHAIN,
          DataTypes.createArrayType(DataTypes.StringType, false), false));
      fields.add(DataTypes.createStructField(Keys.ORIGIN, originType(), true));
      fields.add(DataTypes.createStructField(Keys.RELAYED_ELSEWHERE, DataTypes.StringType, true));
    }
    this.schema = DataTypes.createStructType(fields);
  }

  private static StructType originType() {
    return DataTypes.createStructType(List.of(key(Keys.KIND), key(Keys.REFERENCE)));
  }

  private static List<StructField> fields(StructField... fields) {
    return List.of(fields);
  }

  private static StructField key(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, false);
  }

  private static StructField position(String name) {
    return DataTypes.createStructField(name, DataTypes.IntegerType, false);
  }

  private static List<StructField> documentKeys() {
    return List.of(key(Keys.DOCUMENT_ID), position(Keys.POSITION));
  }

  private static List<StructField> claimKeys() {
    return List.of(key(Keys.DOCUMENT_ID), key(Keys.CLAIM_ID), position(Keys.CLAIM_POSITION),
        position(Keys.POSITION));
  }

  /** Returns the table's name, the folder it is written to: {@code attributions}. */
  public String tableName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the model type of the table's rows, such as {@code Attribution.class}. */
  public Class<?> modelType() {
    return modelType;
  }

  /** Returns the table's columns. */
  public StructType schema() {
    return schema;
  }
}
