package io.github.geoclaims.jackson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.geoclaims.json.spi.ModelCodec;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Serialises one model type (or TimePoint, or a vocabulary) through {@link ModelCodec}.
 *
 * @param <T> the type
 */
public final class ModelSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient JsonFactory parsers;

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
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    try {
      ModelCodec.write(value, new Jackson2Output(generator, parsers));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
