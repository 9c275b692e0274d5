package io.github.geoclaims.spark;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input documents were invalid and the caller asked to fail ({@link OnInvalid#FAIL}): the problems of the first ones,
 * and how many problems there were in all.
 *
 * <pre>{@code
 * try {
 *   GeoClaimsSpark.read(spark, "articles/");
 * } catch (InvalidDocumentsException e) {
 *   e.errors().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class InvalidDocumentsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<DocumentError> errors;
  private final long total;

  /**
   * Creates the exception.
   *
   * @param errors the problems of the first invalid documents
   * @param total how many problems were found in all
   */
  public InvalidDocumentsException(List<DocumentError> errors, long total) {
    super(total + " problem" + (total == 1 ? "" : "s") + " in the input documents:\n" + errors.stream()
        .map(DocumentError::toString).collect(Collectors.joining("\n")) + (total > errors.size() ? "\n..." : ""));
    this.errors = List.copyOf(errors);
    this.total = total;
  }

  /** Returns the problems of the first invalid documents, by file and line. */
  public List<DocumentError> errors() {
    return errors == null ? List.of() : errors;
  }

  /** Returns how many problems were found in all. */
  public long total() {
    return total;
  }
}
