/**
 * The Jackson 2 ({@code com.fasterxml.jackson}) backend of the geoclaims JSON wire format.
 *
 * <p>{@link io.github.geoclaims.jackson.Jackson2Backend} gives {@code io.github.geoclaims.json.GeoClaimsJson} its
 * parsers and generators (found through {@code ServiceLoader}); {@link io.github.geoclaims.jackson.GeoClaimsModule}
 * plugs every model type into any {@code ObjectMapper} and is found by {@code findAndRegisterModules()}.
 */
package io.github.geoclaims.jackson;
