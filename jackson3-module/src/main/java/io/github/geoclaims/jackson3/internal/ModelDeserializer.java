package io.github.geoclaims.jackson3.internal;

import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.spi.ModelCodec;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Deserialises one model type through {@link ModelCodec}, strictly and without validating the model's rules (as
 * databind never validates). Problems become one {@link DatabindException} whose cause is a
 * {@link GeoClaimsJsonException} listing them all, with pointers relative to the value read.
 *
 * @param <T> the model type
 */
public final class ModelDeserializer<T> extends StdDeserializer<T> {

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
  public T deserialize(JsonParser parser, DeserializationContext context) {
    try {
      return ModelCodec.read(type, new Jackson3Input(parser));
    } catch (UncheckedIOException e) {
      throw JacksonIOException.construct(e.getCause(), parser);
    } catch (GeoClaimsJsonException problems) {
      throw DatabindException.from(parser, "Cannot read " + type.getSimpleName() + ": " + problems.getMessage(),
          problems);
    }
  }
}
