/**
 * The geoclaims JSON wire format without a JSON library: the {@code GeoClaimsJson} facade and streaming
 * ({@code io.github.geoclaims.json}), the JSON Schema ({@code io.github.geoclaims.json.schema}) and the service
 * provider interface that a backend implements ({@code io.github.geoclaims.json.spi}). The codec itself is internal.
 */
module io.github.geoclaims.json {
  requires transitive io.github.geoclaims.core;

  exports io.github.geoclaims.json;
  exports io.github.geoclaims.json.schema;
  exports io.github.geoclaims.json.spi;

  uses io.github.geoclaims.json.spi.JsonBackend;
}
