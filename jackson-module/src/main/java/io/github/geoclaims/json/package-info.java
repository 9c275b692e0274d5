/**
 * The geoclaims JSON wire format on Jackson 2.
 *
 * <p>{@link io.github.geoclaims.json.GeoClaimsJson} reads (validating) and writes (canonically) whole documents;
 * {@link io.github.geoclaims.json.GeoClaimsModule} plugs every model type into any {@code ObjectMapper}. Problems
 * are reported as {@link io.github.geoclaims.json.JsonProblem}s with JSON Pointers, inside one
 * {@link io.github.geoclaims.json.GeoClaimsJsonException}. The format is specified in {@code docs/wire-format.md}.
 */
package io.github.geoclaims.json;
