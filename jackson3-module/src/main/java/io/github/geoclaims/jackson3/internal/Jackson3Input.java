package io.github.geoclaims.jackson3.internal;

import io.github.geoclaims.json.spi.InputException;
import io.github.geoclaims.json.spi.InputException.Container;
import io.github.geoclaims.json.spi.TokenInput;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * The {@link TokenInput} over a Jackson 3 {@link JsonParser}; translates Jackson's (unchecked) exceptions to the
 * same problem codes as the Jackson 2 adapter of geoclaims-jackson.
 */
final class Jackson3Input implements TokenInput {

  private static final Pattern JACKSON3_DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"",
      Pattern.DOTALL);

  /**
   * The token for each Jackson token, by ordinal: an array load where a switch costs a jump per token. Null for
   * {@code NOT_AVAILABLE} and for the tokens that JSON text never has.
   */
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.PROPERTY_NAME.ordinal()] = Token.NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.DECIMAL;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
  }

  private final JsonParser parser;
  private Token current;

  Jackson3Input(JsonParser parser) {
    this.parser = parser;
    this.current = map(parser.currentToken());
  }

  @Override
  public Token next() {
    try {
      current = map(parser.nextToken());
      return current;
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public String name() {
    try {
      return parser.currentName();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public String text() {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public boolean intFits() {
    try {
      return current == Token.INTEGER && parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return parser.getIntValue();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  @Override
  public int column() {
    return parser.currentTokenLocation().getColumnNr();
  }

  @Override
  public long location() {
    TokenStreamLocation at = parser.currentTokenLocation();
    return TokenInput.pack(at.getLineNr(), at.getColumnNr());
  }

  @Override
  public boolean detectsDuplicates() {
    return parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  @Override
  public void skipValue() {
    try {
      parser.skipChildren();
      current = map(parser.currentToken());
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  private Token map(JsonToken token) {
    if (token == null) {
      return null;
    }
    Token mapped = TOKENS[token.ordinal()];
    if (mapped == null && token != JsonToken.NOT_AVAILABLE) {
      TokenStreamLocation at = parser.currentTokenLocation();
      throw new InputException("json.syntax", "Unexpected token " + token, at.getLineNr(), at.getColumnNr());
    }
    return mapped;
  }

  /** Turns a Jackson exception into a problem; a real I/O failure stays an I/O failure. */
  RuntimeException translate(JacksonException e) {
    return translate(e, parser.currentLocation());
  }

  /**
   * Turns a Jackson exception into a problem ({@link InputException}), or a genuine I/O failure into an
   * {@link UncheckedIOException}; {@code fallback} is where it happened if the exception does not say.
   *
   * <p>Jackson 3 reports a duplicate key, bad UTF-8 and {@code NaN} as plain {@code StreamReadException}s, so
   * these are told apart by their messages, as the Jackson 2 adapter does. The patterns cover the messages of
   * Jackson 2 and 3 and are checked by tests, so a change of wording fails the build instead of changing a code.
   */
  static RuntimeException translate(JacksonException e, TokenStreamLocation fallback) {
    // A JacksonIOException (such as bad UTF-32) carries TokenStreamLocation.NA rather than null.
    TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : fallback;
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    if (e instanceof StreamConstraintsException) {
      return new InputException("json.limit", "Input exceeds a limit: " + original(e), line, column);
    }
    if (e instanceof JacksonIOException) {
      IOException cause = ((JacksonIOException) e).getCause();
      if (cause instanceof CharConversionException) {
        return new InputException("json.encoding", "Input is not valid UTF-8/UTF-16/UTF-32: " + cause.getMessage(),
            line, column);
      }
      return new UncheckedIOException(cause != null ? cause : new IOException(e.getMessage(), e));
    }
    String message = original(e);
    if (e instanceof UnexpectedEndOfInputException || message.contains("end-of-input")) {
      return truncated(e, line, column);
    }
    if (isDuplicateKey(message)) {
      return InputException.duplicateKey(jackson2Wording(message), line, column);
    }
    if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-16")
        || message.contains("Invalid UTF-32")) {
      return new InputException("json.encoding", "Input is not valid UTF-8: " + message, line, column);
    }
    if (message.contains("NaN") || message.contains("Infinity")) {
      return new InputException("json.syntax", "NaN and Infinity are not JSON numbers: " + message, line, column);
    }
    return new InputException("json.syntax", "Malformed JSON: " + message, line, column);
  }

  /** Jackson 2: "Duplicate field 'id'"; Jackson 3: "Duplicate Object property "id"". */
  private static boolean isDuplicateKey(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.startsWith("duplicate ") && (lower.contains("property") || lower.contains("field"));
  }

  /** Words a Jackson 3 duplicate-key message as Jackson 2 does, so that both modules report the same message. */
  private static String jackson2Wording(String message) {
    Matcher matcher = JACKSON3_DUPLICATE.matcher(message);
    return matcher.matches() ? "Duplicate field '" + matcher.group(1) + "'" : message;
  }

  /**
   * Returns the problem for a document that ends too soon, naming where the innermost open object or array began
   * as the parser's reading context records it, rather than quoting Jackson's message.
   */
  private static InputException truncated(JacksonException e, int line, int column) {
    JsonParser source = e instanceof StreamReadException ? ((StreamReadException) e).processor() : null;
    TokenStreamContext open = source == null ? null : source.streamReadContext();
    if (open == null || open.inRoot()) {
      return InputException.truncated(null, -1, -1, line, column);
    }
    TokenStreamLocation start = open.startLocation(ContentReference.unknown());
    return InputException.truncated(open.inObject() ? Container.OBJECT : Container.ARRAY, start.getLineNr(),
        start.getColumnNr(), line, column);
  }

  private static String original(JacksonException e) {
    String message = e.getOriginalMessage();
    return message == null ? e.getClass().getSimpleName() : message.replace('\n', ' ');
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }
}
