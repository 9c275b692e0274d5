package io.github.geoclaims.json3;

import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.deser.ModelReader;
import io.github.geoclaims.json.deser.ReadOptions;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Deserialises one model type through {@link ModelReader}, strictly and without validating the model's rules (as
 * databind never validates). Problems become one {@link DatabindException} whose cause is a
 * {@link GeoClaimsJsonException} listing them all, with pointers relative to the value read.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {

  private final Class<T> type;
  private final ReadOptions options;

  ModelDeserializer(Class<T> type, ReadOptions options) {
    super(type);
    this.type = type;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    ModelReader.Outcome<T> outcome;
    try {
      outcome = ModelReader.readValue(type, new Jackson3Input(parser), options);
    } catch (UncheckedIOException e) {
      throw JacksonIOException.construct(e.getCause(), parser);
    }
    if (outcome.failed(false)) {
      GeoClaimsJsonException problems = new GeoClaimsJsonException(outcome.problems());
      throw DatabindException.from(parser, "Cannot read " + type.getSimpleName() + ": " + problems.getMessage(),
          problems);
    }
    return outcome.value();
  }
}
