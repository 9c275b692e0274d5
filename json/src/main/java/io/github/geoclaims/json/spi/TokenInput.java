package io.github.geoclaims.json.spi;

/**
 * A pull parser over JSON tokens, implemented by a backend ({@link JsonBackend}) over one JSON library. The codec
 * is written against it alone, so it never names a JSON library's classes.
 *
 * <p>Service provider interface: implemented by backends, used by {@code geoclaims-json}. Errors are thrown as
 * {@link InputException} with a problem code.
 *
 * <pre>{@code
 * try (TokenInput input = tokens.open(text)) {
 *   input.next();                       // START_OBJECT
 * }
 * }</pre>
 */
public interface TokenInput extends AutoCloseable {

  /**
   * Describes a token for an error message: "an object", "a string", "the end of the input".
   *
   * @param token the token, or {@code null} at the end of the input
   * @return the description
   */
  static String describe(Token token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case INTEGER:
      case DECIMAL:
        return "a number";
      case TRUE:
      case FALSE:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return token.name();
    }
  }

  /** The kinds of token the model readers distinguish. */
  enum Token {
    /** An opening brace. */
    START_OBJECT,
    /** A closing brace. */
    END_OBJECT,
    /** An opening bracket. */
    START_ARRAY,
    /** A closing bracket. */
    END_ARRAY,
    /** A property name. */
    NAME,
    /** A string value. */
    STRING,
    /** A number without fraction or exponent. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    DECIMAL,
    /** {@code true} */
    TRUE,
    /** {@code false} */
    FALSE,
    /** {@code null} */
    NULL
  }

  /**
   * Advances to the next token.
   *
   * @return the token, or {@code null} at the end of the input
   * @throws InputException if the input is not well-formed JSON or breaks a limit
   */
  Token next();

  /** Returns the current token, or {@code null} before the first and after the last. */
  Token current();

  /** Returns the current property name (at {@link Token#NAME}). */
  String name();

  /** Returns the text of the current string value, or the number exactly as written (at a number). */
  String text();

  /**
   * Returns {@code true} if the current token is an {@link Token#INTEGER} whose value fits in an {@code int}: then
   * {@link #intValue()} returns it, without the text round trip of {@link #text()}.
   */
  boolean intFits();

  /** Returns the value of the current integer token; call only after {@link #intFits()} returned {@code true}. */
  int intValue();

  /** Returns the 1-based line of the current token, or -1 if unknown. */
  int line();

  /** Returns the 1-based column of the current token, or -1 if unknown. */
  int column();

  /**
   * Returns the line and column of the current token packed by {@link #pack(int, int)}: one call where
   * {@link #line()} and {@link #column()} make two.
   */
  long location();

  /**
   * Packs a line and column into one {@code long}.
   *
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column
   * @return the packed location, -1 if the line is unknown
   */
  static long pack(int line, int column) {
    return line < 0 ? -1 : ((long) line << 32) | (column & 0xffffffffL);
  }

  /** Returns the line of a {@link #pack(int, int) packed} location, or -1. */
  static int lineOf(long location) {
    return location < 0 ? -1 : (int) (location >>> 32);
  }

  /** Returns the column of a {@link #pack(int, int) packed} location, or -1. */
  static int columnOf(long location) {
    return location < 0 ? -1 : (int) location;
  }

  /** Returns {@code true} if the input itself rejects a property name that occurs twice in one object. */
  boolean detectsDuplicates();

  /**
   * Skips the current value: at {@link Token#START_OBJECT} or {@link Token#START_ARRAY} advances to the matching
   * end token; at a scalar does nothing.
   */
  void skipValue();

  /**
   * Releases the parser; the stream or reader it reads is left open.
   *
   * @throws java.io.UncheckedIOException if releasing fails
   */
  @Override
  void close();
}
