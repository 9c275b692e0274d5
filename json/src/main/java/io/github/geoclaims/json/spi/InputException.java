package io.github.geoclaims.json.spi;

/**
 * Thrown by a {@link TokenInput} adapter when the input cannot be read further: a syntax error, a broken limit,
 * a bad encoding. Reading stops; the model reader turns it into a problem at the current JSON Pointer.
 *
 * <p>Service provider interface: thrown by backends, caught by the codec.
 *
 * <pre>{@code
 * throw new InputException("json.syntax", "Unexpected end of input: the document is truncated", 3, 17);
 * }</pre>
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param code the problem code, such as {@code json.syntax}
   * @param message what is wrong
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   */
  public InputException(String code, String message, int line, int column) {
    super(message);
    this.code = code;
    this.line = line;
    this.column = column;
  }

  /**
   * Creates the exception for a property name that occurs twice in one object.
   *
   * <pre>{@code
   * throw InputException.duplicateKey("Duplicate field 'id'", 3, 17);
   * }</pre>
   *
   * @param detail what is duplicated, worded as Jackson 2 words it: {@code Duplicate field 'id'}
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @return the exception, with the code {@code json.duplicate-key}
   */
  public static InputException duplicateKey(String detail, int line, int column) {
    return new InputException("json.duplicate-key", "Duplicate property: " + detail
        + "; each name may occur once per object", line, column);
  }

  /**
   * Creates the exception for input that ends before an object or array is closed, saying where that container
   * began. Both Jackson backends use it, so that a truncated document is reported in the same words by either.
   *
   * <pre>{@code
   * throw InputException.truncated(InputException.Container.OBJECT, 150, 5, 212, 1);
   * // "Unexpected end of input: the document ends before the object that starts at line 150, column 5 is closed"
   * }</pre>
   *
   * @param container the innermost container left open, or {@code null} if it is not known
   * @param startLine the 1-based line where that container starts (its opening brace or bracket)
   * @param startColumn the 1-based column where that container starts
   * @param line the 1-based line where the input ends, or -1
   * @param column the 1-based column where the input ends, or -1
   * @return the exception, with the code {@code json.syntax}
   */
  public static InputException truncated(Container container, int startLine, int startColumn, int line,
      int column) {
    String message = container == null || startLine < 1
        ? "Unexpected end of input: the document is truncated"
        : "Unexpected end of input: the document ends before the " + container.noun + " that starts at line "
            + startLine + ", column " + startColumn + " is closed";
    return new InputException("json.syntax", message, line, column);
  }

  /** The kinds of JSON container a truncated document can leave open. */
  public enum Container {
    /** An object, opened by a brace. */
    OBJECT("object"),
    /** An array, opened by a bracket. */
    ARRAY("array");

    private final String noun;

    Container(String noun) {
      this.noun = noun;
    }
  }

  /** Returns the problem code, such as {@code json.syntax}. */
  public String code() {
    return code;
  }

  /** Returns the 1-based line, or -1. */
  public int line() {
    return line;
  }

  /** Returns the 1-based column, or -1. */
  public int column() {
    return column;
  }
}
