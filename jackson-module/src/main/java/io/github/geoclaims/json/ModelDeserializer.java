package io.github.geoclaims.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.geoclaims.json.deser.ModelReader;
import io.github.geoclaims.json.deser.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Deserialises one model type through {@link ModelReader}, strictly and without validating the model's rules (as
 * databind never validates). Problems become one {@link JsonMappingException} whose cause is a
 * {@link GeoClaimsJsonException} listing them all, with pointers relative to the value read.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final transient ReadOptions options;

  ModelDeserializer(Class<T> type, ReadOptions options) {
    super(type);
    this.type = type;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    ModelReader.Outcome<T> outcome;
    try {
      outcome = ModelReader.readValue(type, new Jackson2Input(parser), options);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (outcome.failed(false)) {
      GeoClaimsJsonException problems = new GeoClaimsJsonException(outcome.problems());
      throw JsonMappingException.from(parser, "Cannot read " + type.getSimpleName() + ": "
          + problems.getMessage(), problems);
    }
    return outcome.value();
  }
}
