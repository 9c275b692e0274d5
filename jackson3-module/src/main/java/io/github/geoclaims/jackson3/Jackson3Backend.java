package io.github.geoclaims.jackson3;

import io.github.geoclaims.jackson3.internal.Jackson3Tokens;
import io.github.geoclaims.json.JsonLimits;
import io.github.geoclaims.json.spi.JsonBackend;
import io.github.geoclaims.json.spi.TokenFactory;

/**
 * The geoclaims JSON backend on Jackson 3 ({@code tools.jackson}). {@code GeoClaimsJson.standard()} finds it through
 * {@link java.util.ServiceLoader} when {@code geoclaims-jackson3} is on the class path, and prefers it to the
 * Jackson 2 backend; the bytes written and the problems reported are the same with either.
 *
 * <pre>{@code
 * GeoClaimsJson json = GeoClaimsJson.builder().backend(new Jackson3Backend()).build();
 * }</pre>
 */
public final class Jackson3Backend implements JsonBackend {

  /**
   * Creates the backend; {@link java.util.ServiceLoader} needs this public constructor.
   *
   * <pre>{@code
   * JsonBackend backend = new Jackson3Backend();
   * }</pre>
   */
  public Jackson3Backend() {}

  /** Returns {@code "jackson3"}. */
  @Override
  public String name() {
    return "jackson3";
  }

  /** Returns 3: above the Jackson 2 backend. */
  @Override
  public int priority() {
    return 3;
  }

  @Override
  public TokenFactory tokenFactory(JsonLimits limits) {
    return new Jackson3Tokens(limits);
  }
}
