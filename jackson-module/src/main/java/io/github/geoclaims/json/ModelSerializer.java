package io.github.geoclaims.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.geoclaims.json.ser.ModelWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Serialises one model type (or TimePoint, or a vocabulary) through {@link ModelWriter}. */
final class ModelSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient JsonFactory parsers;

  ModelSerializer(Class<T> type, JsonFactory parsers) {
    super(type);
    this.parsers = parsers;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    try {
      ModelWriter.write(value, new Jackson2Output(generator, parsers));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
