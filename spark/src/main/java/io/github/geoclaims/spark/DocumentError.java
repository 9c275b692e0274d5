package io.github.geoclaims.spark;

import io.github.geoclaims.spark.schema.Keys;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * One problem of one input document that kept it out of the tables: a row of {@link ClaimTables#errors()}.
 *
 * <pre>{@code
 * tables.errors().collectAsList().stream().map(DocumentError::of).forEach(System.err::println);
 * // articles/broken.json:7 /claims/0/attributions/1/source reference.unresolved: ...
 * }</pre>
 *
 * @param file the file the document was read from
 * @param line the line of the file the problem is on (for JSON Lines, the document's line), or {@code null}
 * @param pointer the JSON Pointer of the problem in the document, {@code ""} for the whole document
 * @param code the problem's stable code, such as {@code json.syntax} or {@code reference.unresolved}
 * @param message what is wrong, in words
 */
public record DocumentError(String file, Integer line, String pointer, String code, String message) {

  /**
   * Creates an error.
   *
   * @param file the file
   * @param line the line, or {@code null}
   * @param pointer the pointer
   * @param code the code
   * @param message the message
   */
  public DocumentError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the error of a row of {@link ClaimTables#errors()}.
   *
   * @param row the row
   * @return the error
   */
  public static DocumentError of(Row row) {
    return new DocumentError(row.getAs(Keys.FILE), row.getAs(Keys.LINE), row.getAs("pointer"),
        row.getAs("code"), row.getAs("message"));
  }

  /** Returns {@code file:line pointer code: message}, as the job prints it. */
  @Override
  public String toString() {
    return file + (line == null ? "" : ":" + line) + " " + (pointer.isEmpty() ? "/" : pointer) + " " + code + ": "
        + message;
  }
}
