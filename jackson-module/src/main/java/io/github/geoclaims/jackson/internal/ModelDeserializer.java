package io.github.geoclaims.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.spi.ModelCodec;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Deserialises one model type through {@link ModelCodec}, strictly and without validating the model's rules (as
 * databind never validates). Problems become one {@link JsonMappingException} whose cause is a
 * {@link GeoClaimsJsonException} listing them all, with pointers relative to the value read.
 *
 * @param <T> the model type
 */
public final class ModelDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;

  /**
   * Creates the deserializer of one model type.
   *
   * @param type the model type
   */
  public ModelDeserializer(Class<T> type) {
    super(type);
    this.type = type;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      return ModelCodec.read(type, new Jackson2Input(parser));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (GeoClaimsJsonException problems) {
      throw JsonMappingException.from(parser, "Cannot read " + type.getSimpleName() + ": "
          + problems.getMessage(), problems);
    }
  }
}
