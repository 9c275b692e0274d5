package io.github.geoclaims.json.spi;

import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonLimits;
import io.github.geoclaims.json.internal.read.ModelReader;
import io.github.geoclaims.json.internal.read.ReadOptions;
import io.github.geoclaims.json.internal.write.ModelWriter;
import java.util.Set;

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
    ModelReader.Outcome<T> outcome = ModelReader.readValue(type, input, OPTIONS);
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
