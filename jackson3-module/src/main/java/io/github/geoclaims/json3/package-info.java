/**
 * The geoclaims JSON wire format on Jackson 3 ({@code tools.jackson}).
 *
 * <p>{@link io.github.geoclaims.json3.GeoClaimsJson3} reads (validating) and writes (canonically) whole documents;
 * {@link io.github.geoclaims.json3.GeoClaimsModule3} plugs every model type into any Jackson 3 {@code ObjectMapper}
 * and is found by {@code JsonMapper.builder().findAndAddModules()}. Both use the codec of geoclaims-jackson
 * ({@code io.github.geoclaims.json.deser} / {@code .ser}) through Jackson 3 adapters, so the bytes written and the
 * problems reported are those of the Jackson 2 module. Problems are
 * {@link io.github.geoclaims.json.JsonProblem}s inside one {@link io.github.geoclaims.json.GeoClaimsJsonException};
 * lenient reads return an {@link io.github.geoclaims.json.ReadResult}. Jackson 2 is not needed at run time. The
 * format is specified in {@code docs/wire-format.md}.
 */
package io.github.geoclaims.json3;
