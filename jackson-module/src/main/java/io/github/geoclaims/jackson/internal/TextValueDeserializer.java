package io.github.geoclaims.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Deserialises a value written as a string: a {@code TimePoint} or a vocabulary term.
 *
 * @param <T> the type
 */
public final class TextValueDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final transient Function<String, T> parse;

  /**
   * Creates the deserializer.
   *
   * @param type the type
   * @param parse parses the text, throwing IllegalArgumentException if it is not a value of the type
   */
  public TextValueDeserializer(Class<T> type, Function<String, T> parse) {
    super(type);
    this.type = type;
    this.parse = parse;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return type.cast(context.handleUnexpectedToken(type, parser));
    }
    String text = parser.getText();
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      return type.cast(context.handleWeirdStringValue(type, text, e.getMessage()));
    }
  }
}
