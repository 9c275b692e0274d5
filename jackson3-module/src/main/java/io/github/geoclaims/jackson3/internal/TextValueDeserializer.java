package io.github.geoclaims.jackson3.internal;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Deserialises a value written as a string: a {@code TimePoint} or a vocabulary term.
 *
 * @param <T> the type
 */
public final class TextValueDeserializer<T> extends StdDeserializer<T> {

  private final Class<T> type;
  private final Function<String, T> parse;

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
  public T deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return type.cast(context.handleUnexpectedToken(type, parser));
    }
    String text = parser.getString();
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      return type.cast(context.handleWeirdStringValue(type, text, e.getMessage()));
    }
  }
}
