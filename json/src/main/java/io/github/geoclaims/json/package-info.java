/**
 * The geoclaims JSON wire format ({@code docs/wire-format.md}), free of any JSON library.
 *
 * <p>{@link io.github.geoclaims.json.GeoClaimsJson} reads (validating) and writes (canonically) whole documents;
 * {@link io.github.geoclaims.json.ClaimStreamReader} and {@link io.github.geoclaims.json.ClaimStreamWriter} read and
 * write large ones one claim at a time. Problems are {@link io.github.geoclaims.json.JsonProblem}s with JSON
 * Pointers, inside one {@link io.github.geoclaims.json.GeoClaimsJsonException}; lenient reads return a {@link
 * io.github.geoclaims.json.ReadResult}. The parser and generator come from a backend on the class path:
 * {@code geoclaims-jackson} (Jackson 2) or {@code geoclaims-jackson3} (Jackson 3).
 */
package io.github.geoclaims.json;
