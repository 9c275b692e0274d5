package io.github.geoclaims.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.function.Function;

/** Deserialises a value written as a string: a {@code TimePoint} or a vocabulary term. */
final class TextValueDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final transient Function<String, T> parse;

  TextValueDeserializer(Class<T> type, Function<String, T> parse) {
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
