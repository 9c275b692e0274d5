/**
 * The Jackson 3 ({@code tools.jackson}) backend of the geoclaims JSON wire format.
 *
 * <p>{@link io.github.geoclaims.jackson3.Jackson3Backend} gives {@code io.github.geoclaims.json.GeoClaimsJson} its
 * parsers and generators (found through {@code ServiceLoader}, preferred to Jackson 2), so reads, writes, streaming
 * and problems are exactly those of the Jackson 2 backend, byte for byte. {@link
 * io.github.geoclaims.jackson3.GeoClaimsModule3} plugs every model type into any Jackson 3 {@code ObjectMapper} and
 * is found by {@code JsonMapper.builder().findAndAddModules()}. Jackson 2 is not needed at run time.
 */
package io.github.geoclaims.jackson3;
