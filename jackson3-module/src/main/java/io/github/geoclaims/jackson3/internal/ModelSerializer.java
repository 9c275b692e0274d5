package io.github.geoclaims.jackson3.internal;

import io.github.geoclaims.json.spi.ModelCodec;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Serialises one model type (or TimePoint, or a vocabulary) through {@link ModelCodec}.
 *
 * @param <T> the type
 */
public final class ModelSerializer<T> extends StdSerializer<T> {

  private final JsonFactory parsers;

  /**
   * Creates the serializer of one type.
   *
   * @param type the type
   * @param parsers parses extension values, which are written token by token
   */
  public ModelSerializer(Class<T> type, JsonFactory parsers) {
    super(type);
    this.parsers = parsers;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    try {
      ModelCodec.write(value, new Jackson3Output(generator, parsers));
    } catch (UncheckedIOException e) {
      throw JacksonIOException.construct(e.getCause(), generator);
    }
  }
}
