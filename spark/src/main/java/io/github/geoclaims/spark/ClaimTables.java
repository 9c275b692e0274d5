package io.github.geoclaims.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.struct;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.spark.schema.ClaimTable;
import io.github.geoclaims.spark.schema.Keys;
import io.github.geoclaims.spark.schema.ModelStruct;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of a corpus as Spark datasets ({@link ClaimTable}), and the errors of the input documents that were
 * left out of them. Written as Parquet or JSON Lines (a folder per table) and read back with the explicit schemas;
 * rows become model objects again through the model's builders, validated.
 *
 * <pre>{@code
 * ClaimTables tables = GeoClaimsSpark.read(spark, "articles/");
 * tables.table(ClaimTable.ATTRIBUTIONS).groupBy("claimant").count().show();
 * tables.writeParquet("out/tables");
 * ClaimTables back = ClaimTables.readParquet(spark, "out/tables");
 * }</pre>
 */
public final class ClaimTables {

  /** The folder the errors are written to, next to the tables'. */
  public static final String ERRORS = "errors";

  /** The columns of {@link #errors()}: {@code file, line, pointer, code, message}, as {@link DocumentError}. */
  public static final StructType ERROR_SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField(Keys.FILE, DataTypes.StringType, false),
      DataTypes.createStructField(Keys.LINE, DataTypes.IntegerType, true),
      DataTypes.createStructField("pointer", DataTypes.StringType, false),
      DataTypes.createStructField("code", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false)));

  private final Map<ClaimTable, Dataset<Row>> tables;
  private final Dataset<Row> errors;

  ClaimTables(Map<ClaimTable, Dataset<Row>> tables, Dataset<Row> errors) {
    this.tables = new EnumMap<>(tables);
    this.errors = errors;
  }

  /**
   * Returns one table.
   *
   * @param table which
   * @return its rows, with the columns of {@link ClaimTable#schema()}
   */
  public Dataset<Row> table(ClaimTable table) {
    return tables.get(table);
  }

  /**
   * Returns the problems of the input documents left out of the tables, one row per problem with the columns of
   * {@link #ERROR_SCHEMA}; empty when every document was valid. A document whose identifier an earlier one (by file,
   * then line) already has is left out too, with the code {@code corpus.document-duplicate}, as a
   * {@link io.github.geoclaims.corpus.ClaimCorpus} leaves it out.
   *
   * @return the errors
   */
  public Dataset<Row> errors() {
    return errors;
  }

  /**
   * Writes every table as Parquet into a folder of its own under {@code directory} ({@code documents},
   * {@code claims}, ...), and the errors into {@value #ERRORS}; what is there is replaced.
   *
   * @param directory the folder, a path Spark can write to
   */
  public void writeParquet(String directory) {
    write(directory, (rows, path) -> rows.write().mode(SaveMode.Overwrite).parquet(path));
  }

  /**
   * Writes every table as JSON Lines (one row per line, Spark's JSON) into a folder of its own under
   * {@code directory}, and the errors into {@value #ERRORS}; what is there is replaced.
   *
   * @param directory the folder, a path Spark can write to
   */
  public void writeJsonLines(String directory) {
    write(directory, (rows, path) -> rows.write().mode(SaveMode.Overwrite).json(path));
  }

  private void write(String directory, TableWriter writer) {
    tables.forEach((table, rows) -> writer.write(rows, directory + "/" + table.tableName()));
    writer.write(errors, directory + "/" + ERRORS);
  }

  /** Writes one dataset to a path. */
  @FunctionalInterface
  private interface TableWriter {
    void write(Dataset<Row> rows, String path);
  }

  /**
   * Reads tables written by {@link #writeParquet}, with their explicit schemas.
   *
   * @param spark the session
   * @param directory the folder written to
   * @return the tables and errors
   */
  public static ClaimTables readParquet(SparkSession spark, String directory) {
    return read(spark, directory, (reader, path) -> reader.parquet(path));
  }

  /**
   * Reads tables written by {@link #writeJsonLines}, with their explicit schemas.
   *
   * @param spark the session
   * @param directory the folder written to
   * @return the tables and errors
   */
  public static ClaimTables readJsonLines(SparkSession spark, String directory) {
    return read(spark, directory, (reader, path) -> reader.json(path));
  }

  private static ClaimTables read(SparkSession spark, String directory, TableReader format) {
    Map<ClaimTable, Dataset<Row>> tables = new EnumMap<>(ClaimTable.class);
    for (ClaimTable table : ClaimTable.values()) {
      tables.put(table, format.read(spark.read().schema(table.schema()), directory + "/" + table.tableName()));
    }
    return new ClaimTables(tables, format.read(spark.read().schema(ERROR_SCHEMA), directory + "/" + ERRORS));
  }

  /** Reads one dataset from a path. */
  @FunctionalInterface
  private interface TableReader {
    Dataset<Row> read(DataFrameReader reader, String path);
  }

  /**
   * Returns the documents again, one row per document with the columns of
   * {@code ModelStruct.of(ClaimDocument.class).schema()}: every table's rows nested back into their document, in
   * their positions.
   *
   * @return the documents as rows
   */
  public Dataset<Row> documentRows() {
    Dataset<Row> documents = table(ClaimTable.DOCUMENTS);
    List<Column> columns = new ArrayList<>();
    for (Property property : ModelStruct.of(ClaimDocument.class).type().properties()) {
      String column = ModelStruct.columnOf(property);
      if (property.cardinality() != Cardinality.LIST) {
        columns.add(col(property.name().equals("id") ? Keys.DOCUMENT_ID : column).as(column));
        continue;
      }
      ClaimTable table = ClaimTable.valueOf(column.toUpperCase(Locale.ROOT));
      documents = documents.join(nested(table), documents.col(Keys.DOCUMENT_ID).equalTo(col("nested_document")),
          "left").drop("nested_document");
      columns.add(expr("transform(array_sort(" + column + ", (left, right) -> left." + Keys.POSITION + " - right."
          + Keys.POSITION + "), member -> member.value)").as(column));
    }
    columns.add(col(ModelStruct.EXTENSIONS));
    return documents.select(columns.toArray(Column[]::new));
  }

  /** A table's model columns, as one array of (position, value) structs per document; null for none. */
  private Dataset<Row> nested(ClaimTable table) {
    Column[] model = ModelStruct.of(table.modelType()).fields().stream().map(field -> col(field.name()))
        .toArray(Column[]::new);
    return table(table).groupBy(col(Keys.DOCUMENT_ID).as("nested_document"))
        .agg(collect_list(struct(col(Keys.POSITION), struct(model).as("value"))).as(table.tableName()));
  }

  /**
   * Returns the documents again as model objects, built and validated on the driver as the iterator is consumed:
   * for reading back what was written, and for tests; a corpus larger than the driver's memory is processed with
   * {@link #documentRows()} and {@link ModelStruct#fromRow} on the executors.
   *
   * @return the documents, each valid by every rule of the model
   * @throws io.github.geoclaims.spark.schema.RowConversionException as the iterator reaches a row that is not a
   *     valid document
   */
  public Iterator<ClaimDocument> documents() {
    return models(documentRows(), ModelStruct.of(ClaimDocument.class)::fromRow);
  }

  /**
   * Returns the rows of one table as model objects ({@code Actor}, {@code Claim}, ...), built and validated on the
   * driver as the iterator is consumed.
   *
   * @param table any table but {@link ClaimTable#DOCUMENTS}, whose documents {@link #documents()} rebuilds whole
   * @param type the table's {@link ClaimTable#modelType()}, such as {@code Actor.class}
   * @param <T> the model type
   * @return the objects, each valid by the rules of its type
   * @throws IllegalArgumentException for {@link ClaimTable#DOCUMENTS}, or a type that is not the table's
   */
  public <T> Iterator<T> models(ClaimTable table, Class<T> type) {
    if (table == ClaimTable.DOCUMENTS) {
      throw new IllegalArgumentException("A document is the rows of every table: use documents()");
    }
    if (table.modelType() != type) {
      throw new IllegalArgumentException("The rows of " + table.tableName() + " are "
          + table.modelType().getSimpleName() + ", not " + type.getSimpleName());
    }
    return models(table(table), ModelStruct.of(type)::fromRow);
  }

  private static <T> Iterator<T> models(Dataset<Row> rows, Function<Row, T> convert) {
    Iterator<Row> iterator = rows.toLocalIterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return iterator.hasNext();
      }

      @Override
      public T next() {
        return convert.apply(iterator.next());
      }
    };
  }
}
