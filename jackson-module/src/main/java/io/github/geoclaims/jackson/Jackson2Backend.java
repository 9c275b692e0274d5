package io.github.geoclaims.jackson;

import io.github.geoclaims.jackson.internal.Jackson2Tokens;
import io.github.geoclaims.json.JsonLimits;
import io.github.geoclaims.json.spi.JsonBackend;
import io.github.geoclaims.json.spi.TokenFactory;

/**
 * The geoclaims JSON backend on Jackson 2 ({@code com.fasterxml.jackson}). {@code GeoClaimsJson.standard()} finds
 * it through {@link java.util.ServiceLoader} when {@code geoclaims-jackson} is on the class path; name it to choose
 * it over the Jackson 3 backend when both are there.
 *
 * <pre>{@code
 * GeoClaimsJson json = GeoClaimsJson.builder().backend(new Jackson2Backend()).build();
 * }</pre>
 */
public final class Jackson2Backend implements JsonBackend {

  /**
   * Creates the backend; {@link java.util.ServiceLoader} needs this public constructor.
   *
   * <pre>{@code
   * JsonBackend backend = new Jackson2Backend();
   * }</pre>
   */
  public Jackson2Backend() {}

  /** Returns {@code "jackson2"}. */
  @Override
  public String name() {
    return "jackson2";
  }

  /** Returns 1: below the Jackson 3 backend, the current Jackson line. */
  @Override
  public int priority() {
    return 1;
  }

  @Override
  public TokenFactory tokenFactory(JsonLimits limits) {
    return new Jackson2Tokens(limits);
  }
}
