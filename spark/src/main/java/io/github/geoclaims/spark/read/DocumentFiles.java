package io.github.geoclaims.spark.read;

import io.github.geoclaims.json.DocumentLine;
import io.github.geoclaims.json.DocumentLineReader;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.spark.schema.DocumentRows;
import io.github.geoclaims.spark.schema.Keys;
import io.github.geoclaims.spark.schema.SparkValues;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import scala.collection.immutable.Seq;

/**
 * Reads one input file where it is stored (on an executor): a file of one document, or JSON Lines (a name ending in
 * {@code .jsonl} or {@code .ndjson}) with one compact document per line. Each document is read and validated
 * strictly by {@link GeoClaimsJson}; a valid one becomes its table rows ({@link DocumentRows}), an invalid one its
 * problems. Nothing is left out: every document, and every line that holds none, is an {@link #OUTCOME} row.
 *
 * <pre>{@code
 * JavaRDD<Row> outcomes = files.flatMap(DocumentFiles::read);
 * }</pre>
 */
public final class DocumentFiles {

  /** The code of a file that cannot be read at all. */
  public static final String UNREADABLE = "input.unreadable";

  /** One problem of a document: where in the document (a JSON Pointer), on which line of the file, what, why. */
  public static final StructType PROBLEM = DataTypes.createStructType(List.of(
      DataTypes.createStructField(Keys.LINE, DataTypes.IntegerType, true),
      DataTypes.createStructField("pointer", DataTypes.StringType, false),
      DataTypes.createStructField("code", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false)));

  /** What one document of a file came to: its rows when valid, its problems otherwise. */
  public static final StructType OUTCOME = DataTypes.createStructType(List.of(
      DataTypes.createStructField(Keys.FILE, DataTypes.StringType, false),
      DataTypes.createStructField(Keys.LINE, DataTypes.IntegerType, true),
      DataTypes.createStructField("rows", DocumentRows.SCHEMA, true),
      DataTypes.createStructField("problems", DataTypes.createArrayType(PROBLEM, false), false)));

  private DocumentFiles() {}

  /**
   * Reads one file.
   *
   * @param file the file's path and contents, as {@code binaryFiles} gives them
   * @return one {@link #OUTCOME} row per document (per non-blank line of JSON Lines)
   */
  public static Iterator<Row> read(Tuple2<String, PortableDataStream> file) {
    String path = file._1();
    List<Row> outcomes = new ArrayList<>();
    try {
      byte[] bytes = file._2().toArray();
      if (isJsonLines(path)) {
        readLines(path, bytes, outcomes);
      } else {
        outcomes.add(wholeFile(path, bytes));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      outcomes.add(RowFactory.create(path, null, null, SparkValues.array(List.of(problem(null, "", UNREADABLE,
          "the file cannot be read: " + e.getMessage())))));
    }
    return outcomes.iterator();
  }

  /**
   * Returns {@code true} if a file holds JSON Lines, by its name.
   *
   * @param path the file's path
   * @return whether the name ends in {@code .jsonl} or {@code .ndjson}
   */
  public static boolean isJsonLines(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  private static void readLines(String path, byte[] bytes, List<Row> outcomes) {
    try (DocumentLineReader lines = GeoClaimsJson.standard()
        .lineReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      while (lines.hasNext()) {
        DocumentLine line = lines.next();
        int number = Math.toIntExact(line.number());
        outcomes.add(line.document().isPresent()
            ? RowFactory.create(path, number, DocumentRows.of(line.document().get(), path, number), SparkValues.array(List.of()))
            : RowFactory.create(path, number, null, problems(line.problems(), number)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file of one document; the problems of an invalid one are its outcome, with their lines. */
  private static Row wholeFile(String path, byte[] bytes) {
    try {
      ClaimDocument document = GeoClaimsJson.standard().read(bytes);
      return RowFactory.create(path, null, DocumentRows.of(document, path, null), SparkValues.array(List.of()));
    } catch (GeoClaimsJsonException e) {
      return RowFactory.create(path, null, null, problems(e.getProblems(), null));
    }
  }

  private static Seq<Object> problems(List<JsonProblem> problems, Integer line) {
    return SparkValues.array(problems.stream().map(found -> problem(line != null ? line : Integer.valueOf(found.line()),
        found.pointer(), found.code(), found.message())).toList());
  }

  private static Row problem(Integer line, String pointer, String code, String message) {
    return RowFactory.create(line, pointer, code, message);
  }
}
