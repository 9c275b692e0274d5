/**
 * The service provider interface between the Jackson-free codec and a JSON library: a {@link
 * io.github.geoclaims.json.spi.JsonBackend} opens {@link io.github.geoclaims.json.spi.TokenInput}s and {@link
 * io.github.geoclaims.json.spi.TokenOutput}s, and {@link io.github.geoclaims.json.spi.ModelCodec} lets a backend's
 * data-binding module read and write single model values. Users of {@code GeoClaimsJson} never touch it;
 * backend authors implement it.
 */
package io.github.geoclaims.json.spi;
