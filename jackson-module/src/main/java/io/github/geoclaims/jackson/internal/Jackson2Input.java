package io.github.geoclaims.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.geoclaims.json.spi.InputException;
import io.github.geoclaims.json.spi.InputException.Container;
import io.github.geoclaims.json.spi.TokenInput;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The {@link TokenInput} over a Jackson 2 {@link JsonParser}; translates Jackson's exceptions to problem codes. */
final class Jackson2Input implements TokenInput {

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
    TOKENS[JsonToken.FIELD_NAME.ordinal()] = Token.NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.DECIMAL;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
  }

  private final JsonParser parser;
  private Token current;

  Jackson2Input(JsonParser parser) {
    this.parser = parser;
    this.current = map(parser.currentToken());
  }

  @Override
  public Token next() {
    try {
      current = map(parser.nextToken());
      return current;
    } catch (IOException e) {
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
    } catch (IOException e) {
      throw translate(e);
    }
  }

  @Override
  public String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw translate(e);
    }
  }

  @Override
  public boolean intFits() {
    try {
      return current == Token.INTEGER && parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (IOException e) {
      throw translate(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return parser.getIntValue();
    } catch (IOException e) {
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
    JsonLocation at = parser.currentTokenLocation();
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
    } catch (IOException e) {
      throw translate(e);
    }
  }

  private Token map(JsonToken token) {
    if (token == null) {
      return null;
    }
    Token mapped = TOKENS[token.ordinal()];
    if (mapped == null && token != JsonToken.NOT_AVAILABLE) {
      JsonLocation at = parser.currentTokenLocation();
      throw new InputException("json.syntax", "Unexpected token " + token, at.getLineNr(), at.getColumnNr());
    }
    return mapped;
  }

  /** Turns a Jackson exception into a problem; a real I/O failure stays an I/O failure. */
  RuntimeException translate(IOException e) {
    return translate(e, parser.currentLocation());
  }

  /** Turns a Jackson exception into a problem; {@code fallback} is where it happened if it does not say. */
  static RuntimeException translate(IOException e, JsonLocation fallback) {
    JsonLocation at = e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null
        ? ((JsonProcessingException) e).getLocation()
        : fallback;
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    if (e instanceof StreamConstraintsException) {
      return new InputException("json.limit", "Input exceeds a limit: " + original(e), line, column);
    }
    if (e instanceof JsonEOFException || original(e).contains("end-of-input")) {
      return truncated(e, line, column);
    }
    if (e instanceof CharConversionException) {
      return new InputException("json.encoding", "Input is not valid UTF-8/UTF-16/UTF-32: " + e.getMessage(),
          line, column);
    }
    if (e instanceof JsonProcessingException) {
      String message = original(e);
      if (message.startsWith("Duplicate field")) {
        return InputException.duplicateKey(message, line, column);
      }
      if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-16")
          || message.contains("Invalid UTF-32")) {
        return new InputException("json.encoding", "Input is not valid UTF-8: " + message, line, column);
      }
      if (message.contains("NaN") || message.contains("Infinity")) {
        return new InputException("json.syntax", "NaN and Infinity are not JSON numbers: " + message, line,
            column);
      }
      return new InputException("json.syntax", "Malformed JSON: " + message, line, column);
    }
    return new UncheckedIOException(e);
  }

  /**
   * Returns the problem for a document that ends too soon, naming where the innermost open object or array began
   * as the parser's reading context records it, rather than quoting Jackson's message.
   */
  private static InputException truncated(IOException e, int line, int column) {
    JsonParser source = e instanceof StreamReadException ? ((StreamReadException) e).getProcessor() : null;
    JsonStreamContext open = source == null ? null : source.getParsingContext();
    if (open == null || open.inRoot()) {
      return InputException.truncated(null, -1, -1, line, column);
    }
    JsonLocation start = open.startLocation(ContentReference.unknown());
    return InputException.truncated(open.inObject() ? Container.OBJECT : Container.ARRAY, start.getLineNr(),
        start.getColumnNr(), line, column);
  }

  private static String original(IOException e) {
    String message = e instanceof JsonProcessingException
        ? ((JsonProcessingException) e).getOriginalMessage()
        : e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.replace('\n', ' ');
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
