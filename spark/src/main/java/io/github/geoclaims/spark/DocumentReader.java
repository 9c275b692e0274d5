package io.github.geoclaims.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;

import io.github.geoclaims.spark.read.DocumentFiles;
import io.github.geoclaims.spark.schema.ClaimTable;
import io.github.geoclaims.spark.schema.Keys;
import io.github.geoclaims.validation.ViolationCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads geoclaims JSON documents into {@link ClaimTables}, in parallel: files of one document each, and JSON Lines
 * files ({@code .jsonl}, {@code .ndjson}) of one compact document per line. Each file is read on an executor, and
 * each document validated there by the core validator; an invalid document's problems (file, line, JSON Pointer,
 * code, message) go to {@link ClaimTables#errors()}, never silently away.
 *
 * <pre>{@code
 * ClaimTables tables = GeoClaimsSpark.reader(spark)
 *     .onInvalid(OnInvalid.CONTINUE)
 *     .partitions(64)
 *     .read("s3a://bucket/articles/");
 * }</pre>
 */
public final class DocumentReader {

  private static final String ROWS = "rows";
  private static final String COPY = "copy";
  private static final String PROBLEMS = "problems";
  private static final String PROBLEM = "problem";
  private static final String TABLE_ROW = "table_row";
  private static final String DOCUMENT_ID = ROWS + ".documents." + Keys.DOCUMENT_ID;
  private static final int ERRORS_NAMED = 20;

  private final SparkSession spark;
  private OnInvalid onInvalid = OnInvalid.FAIL;
  private int partitions;

  DocumentReader(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  /**
   * Sets what to do with an invalid document.
   *
   * @param onInvalid fail (the default), or continue without it
   * @return this reader
   */
  public DocumentReader onInvalid(OnInvalid onInvalid) {
    this.onInvalid = Objects.requireNonNull(onInvalid, "onInvalid");
    return this;
  }

  /**
   * Sets how many partitions the documents are read into; by default, as Spark splits the files.
   *
   * @param partitions at least 1
   * @return this reader
   * @throws IllegalArgumentException if {@code partitions} is less than 1
   */
  public DocumentReader partitions(int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
    }
    this.partitions = partitions;
    return this;
  }

  /**
   * Reads documents. The documents are read once, when the first table or the errors are used, and kept
   * (memory, then disk).
   *
   * @param paths files and folders of documents (every file of a folder, but those whose names start with
   *     {@code .} or {@code _}), in any file system Spark reads
   * @return the tables of the valid documents, and the errors of the others
   * @throws InvalidDocumentsException with {@link OnInvalid#FAIL}, if any document is invalid: it names the first
   *     ones, after every document was read
   * @throws IllegalArgumentException if no path is given
   */
  public ClaimTables read(String... paths) {
    if (paths.length == 0) {
      throw new IllegalArgumentException("Name at least one file or folder of documents");
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String joined = String.join(",", paths);
    JavaRDD<Row> outcomes = (partitions > 0 ? context.binaryFiles(joined, partitions) : context.binaryFiles(joined))
        .flatMap(DocumentFiles::read);
    if (partitions > 0) {
      outcomes = outcomes.repartition(partitions);
    }
    Dataset<Row> all = spark.createDataFrame(outcomes, DocumentFiles.OUTCOME)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Column isLater = place().isin(laterCopies(all).collectAsList().stream().map(copy -> copy.get(0)).toArray());
    ClaimTables tables = new ClaimTables(tables(all.filter(col(ROWS).isNotNull().and(not(isLater)))),
        problems(all).unionByName(duplicates(all.filter(col(ROWS).isNotNull().and(isLater)))));
    if (onInvalid == OnInvalid.FAIL && !tables.errors().isEmpty()) {
      List<DocumentError> named = tables.errors().orderBy(Keys.FILE, Keys.LINE).limit(ERRORS_NAMED).collectAsList()
          .stream().map(DocumentError::of).toList();
      throw new InvalidDocumentsException(named, tables.errors().count());
    }
    return tables;
  }

  /** The tables of the valid documents, each document's first copy. */
  private static Map<ClaimTable, Dataset<Row>> tables(Dataset<Row> valid) {
    Map<ClaimTable, Dataset<Row>> tables = new EnumMap<>(ClaimTable.class);
    for (ClaimTable table : ClaimTable.values()) {
      Dataset<Row> rows = table == ClaimTable.DOCUMENTS
          ? valid.select(col(ROWS + "." + table.tableName()).as(TABLE_ROW))
          : valid.select(explode(col(ROWS + "." + table.tableName())).as(TABLE_ROW));
      tables.put(table, rows.select(TABLE_ROW + ".*"));
    }
    return tables;
  }

  /** One error row per problem of an invalid document. */
  private static Dataset<Row> problems(Dataset<Row> all) {
    return all.filter(size(col(PROBLEMS)).gt(0))
        .select(col(Keys.FILE), explode(col(PROBLEMS)).as(PROBLEM))
        .select(col(Keys.FILE), col(PROBLEM + "." + Keys.LINE), col(PROBLEM + ".pointer"), col(PROBLEM + ".code"),
            col(PROBLEM + ".message"));
  }

  /**
   * The file and line of every copy of a document identifier after its first (by file, then line), found over the
   * identifiers alone so that the documents themselves are not shuffled; there are few, or none.
   */
  private static Dataset<Row> laterCopies(Dataset<Row> all) {
    return all.filter(col(ROWS).isNotNull())
        .select(col(DOCUMENT_ID).as("copy_of"), col(Keys.FILE), col(Keys.LINE))
        .withColumn(COPY, row_number().over(Window.partitionBy(col("copy_of"))
            .orderBy(col(Keys.FILE), col(Keys.LINE).asc_nulls_first())))
        .filter(col(COPY).gt(1))
        .select(place());
  }

  /** Where a document was read from, as one text: its file, {@code #}, and its line if it has one. */
  private static Column place() {
    return concat(col(Keys.FILE), lit("#"), coalesce(col(Keys.LINE).cast("string"), lit("")));
  }

  /** One error row per later copy of a document identifier, as a corpus leaves it out. */
  private static Dataset<Row> duplicates(Dataset<Row> copies) {
    return copies.select(col(Keys.FILE), col(Keys.LINE), lit("/id").as("pointer"),
        lit(ViolationCode.CORPUS_DOCUMENT_DUPLICATE.code()).as("code"),
        concat(lit("document '"), col(DOCUMENT_ID), lit("' is already in the corpus (in an earlier file or line);"
            + " this copy is left out (give each document its own id)")).as("message"));
  }
}
