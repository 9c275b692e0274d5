package io.github.geoclaims.json.spi;

import io.github.geoclaims.json.JsonLimits;

/**
 * A JSON library that parses and generates tokens for the geoclaims codec: the one thing {@code geoclaims-json}
 * leaves to a backend artifact. {@code geoclaims-jackson} provides one on Jackson 2 and {@code geoclaims-jackson3}
 * one on Jackson 3; both give the same problems and the same bytes. {@link io.github.geoclaims.json.GeoClaimsJson}
 * finds a backend through {@link java.util.ServiceLoader}; a user may also name one.
 *
 * <p>A backend is stateless and thread-safe. Implementations register themselves in
 * {@code META-INF/services/io.github.geoclaims.json.spi.JsonBackend} (and with {@code provides} in their
 * {@code module-info}).
 *
 * <pre>{@code
 * JsonBackend backend = ServiceLoader.load(JsonBackend.class).findFirst().orElseThrow();
 * TokenFactory tokens = backend.tokenFactory(JsonLimits.DEFAULT);
 * }</pre>
 */
public interface JsonBackend {

  /**
   * Returns the backend's short name, such as {@code jackson2} or {@code jackson3}: it names the backend in
   * messages and chooses it when several are on the class path.
   *
   * <pre>{@code
   * String name = backend.name();   // "jackson3"
   * }</pre>
   */
  String name();

  /**
   * Returns how strongly this backend wants to be chosen when several are found (higher wins); the current
   * Jackson line ranks above the older one.
   *
   * <pre>{@code
   * int rank = backend.priority();
   * }</pre>
   */
  int priority();

  /**
   * Returns a factory of parsers and generators that enforce the given limits. Building one may be costly; the
   * facade builds one per configuration and reuses it.
   *
   * <pre>{@code
   * TokenFactory tokens = backend.tokenFactory(JsonLimits.DEFAULT);
   * }</pre>
   *
   * @param limits the limits against hostile input
   * @return the factory, thread-safe
   */
  TokenFactory tokenFactory(JsonLimits limits);
}
