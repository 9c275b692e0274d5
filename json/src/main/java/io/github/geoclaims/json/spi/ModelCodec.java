package io.github.geoclaims.json.spi;

import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonLimits;
import io.github.geoclaims.json.internal.read.ModelReader;
import io.github.geoclaims.json.internal.read.ReadOptions;
import io.github.geoclaims.json.internal.write.ModelWriter;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes one model value over a backend's tokens, without validating: what a data-binding module
 * ({@code GeoClaimsModule} of a backend) needs to plug every model type into an {@code ObjectMapper}.
 *
 * <pre>{@code
 * Claim claim = ModelCodec.read(Claim.class, input);   // input at the claim's first token
 * ModelCodec.write(claim, output);
 * }</pre>
 */
public final class ModelCodec {

  /** The limits of a value read through a data-binding module; the parser's own limits are the mapper's. */
  private static final ReadOptions OPTIONS = new ReadOptions(false, JsonLimits.DEFAULT_MAX_NUMBER_LENGTH,
      JsonLimits.DEFAULT_MAX_PROBLEMS, false);

  private static final Map<Class<?>, Function<String, ?>> TEXT_TYPES = findTextTypes();

  private ModelCodec() {}

  /**
   * Returns the model types this codec reads and writes as JSON objects.
   *
   * <pre>{@code
   * ModelCodec.types().contains(Claim.class);   // true
   * }</pre>
   */
  public static Set<Class<?>> types() {
    return ModelReader.types();
  }

  /**
   * Returns the value types written as JSON strings, each with its parser: {@link TimePoint} and every vocabulary
   * of the model (found in the metamodel), for a data-binding module's deserializers.
   *
   * <pre>{@code
   * ModelCodec.textTypes().get(Stance.class).apply("denies");   // Stance.DENIES
   * }</pre>
   */
  public static Map<Class<?>, Function<String, ?>> textTypes() {
    return TEXT_TYPES;
  }

  private static Map<Class<?>, Function<String, ?>> findTextTypes() {
    Map<Class<?>, Function<String, ?>> types = new LinkedHashMap<>();
    types.put(TimePoint.class, TimePoint::parse);
    for (ModelType<?> type : Metamodel.types()) {
      for (Property property : type.properties()) {
        if (property.kind() == ValueKind.TERM) {
          types.putIfAbsent(property.valueType(), property::term);
        }
      }
    }
    return Collections.unmodifiableMap(types);
  }

  /**
   * Reads one model value starting at the input's current token, strictly and without validating the model's
   * rules; the input is left at the value's last token.
   *
   * <pre>{@code
   * Actor actor = ModelCodec.read(Actor.class, input);
   * }</pre>
   *
   * @param type a model type, see {@link #types()}
   * @param input the input, at the value's first token
   * @param <T> the model type
   * @return the value
   * @throws GeoClaimsJsonException listing every problem, with pointers relative to the value
   * @throws IllegalArgumentException if {@code type} is not a model type
   */
  public static <T> T read(Class<T> type, TokenInput input) {
    ModelReader.Outcome<T> outcome = ModelReader.readValue(type, input, OPTIONS, false);
    if (outcome.failed(false)) {
      throw new GeoClaimsJsonException(outcome.problems());
    }
    return outcome.value();
  }

  /**
   * Writes one model value, a {@link io.github.geoclaims.model.TimePoint} or a vocabulary term.
   *
   * <pre>{@code
   * ModelCodec.write(claim, output);
   * }</pre>
   *
   * @param value the value
   * @param output the output
   * @throws IllegalArgumentException if an extension value is not one JSON value, or the value is of no model type
   */
  public static void write(Object value, TokenOutput output) {
    ModelWriter.write(value, output);
  }
}
