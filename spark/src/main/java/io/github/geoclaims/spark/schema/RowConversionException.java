package io.github.geoclaims.spark.schema;

import io.github.geoclaims.validation.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A row that does not become a model object: a required column is missing or null, a value has the wrong form, or
 * the object built breaks a rule of the model. The exception names where (a JSON Pointer over the row's columns,
 * such as {@code /attributions/2/stance}) and a stable code.
 *
 * <pre>{@code
 * try {
 *   Actor actor = ModelStruct.of(Actor.class).fromRow(row);
 * } catch (RowConversionException e) {
 *   log.warn(e.pointer() + " " + e.code() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public final class RowConversionException extends RuntimeException {

  /** A required value is missing: the column is absent, or null where the model requires a value. */
  public static final String MISSING = "row.missing";
  /** A value cannot be read as what its column holds (a point in time, a decimal, a vocabulary value). */
  public static final String MALFORMED = "row.malformed";
  /** The object built breaks a rule of the model; {@link #violations()} lists them. */
  public static final String INVALID = "row.invalid";

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String code;
  private final transient List<Violation> violations;

  private RowConversionException(String pointer, String code, String message, List<Violation> violations) {
    super(message);
    this.pointer = pointer;
    this.code = code;
    this.violations = List.copyOf(violations);
  }

  static RowConversionException missing(String pointer, String detail) {
    return new RowConversionException(pointer, MISSING, "a required value is missing at " + pointer + ": " + detail,
        List.of());
  }

  static RowConversionException malformed(String pointer, String kind, String value) {
    return new RowConversionException(pointer, MALFORMED, "'" + value + "' at " + pointer + " is not a valid "
        + kind.replace('_', ' '), List.of());
  }

  static RowConversionException invalid(String type, List<Violation> violations) {
    String first = Arrays.stream(violations.get(0).pointer().split("/", -1))
        .map(Columns::snakeCase).collect(Collectors.joining("/"));
    return new RowConversionException(first, INVALID, "the row is not a valid " + type + ": " + violations.stream()
        .map(Violation::toString).collect(Collectors.joining("; ")), violations);
  }

  /** Returns the JSON Pointer, over the row's columns, of the first problem. */
  public String pointer() {
    return pointer;
  }

  /** Returns the stable code: {@link #MISSING}, {@link #MALFORMED} or {@link #INVALID}. */
  public String code() {
    return code;
  }

  /** Returns the rules broken, for {@link #INVALID}; empty otherwise. */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }
}
