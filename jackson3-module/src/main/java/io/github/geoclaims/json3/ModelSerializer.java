package io.github.geoclaims.json3;

import io.github.geoclaims.json.ser.ModelWriter;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Serialises one model type (or TimePoint, or a vocabulary) through {@link ModelWriter}. */
final class ModelSerializer<T> extends StdSerializer<T> {

  private final JsonFactory parsers;

  ModelSerializer(Class<T> type, JsonFactory parsers) {
    super(type);
    this.parsers = parsers;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    try {
      ModelWriter.write(value, new Jackson3Output(generator, parsers));
    } catch (UncheckedIOException e) {
      throw JacksonIOException.construct(e.getCause(), generator);
    }
  }
}
