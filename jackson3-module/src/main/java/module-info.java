/**
 * The Jackson 3 backend of the geoclaims JSON wire format: {@code Jackson3Backend} for {@code GeoClaimsJson}, and
 * {@code GeoClaimsModule3} for any Jackson 3 {@code ObjectMapper}. The token adapters are internal.
 */
module io.github.geoclaims.jackson3 {
  requires transitive io.github.geoclaims.json;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports io.github.geoclaims.jackson3;

  provides io.github.geoclaims.json.spi.JsonBackend with io.github.geoclaims.jackson3.Jackson3Backend;
  provides tools.jackson.databind.JacksonModule with io.github.geoclaims.jackson3.GeoClaimsModule3;
}
