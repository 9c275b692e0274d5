/**
 * The Jackson 2 backend of the geoclaims JSON wire format: {@code Jackson2Backend} for {@code GeoClaimsJson}, and
 * {@code GeoClaimsModule} for any Jackson 2 {@code ObjectMapper}. The token adapters are internal.
 */
module io.github.geoclaims.jackson {
  requires transitive io.github.geoclaims.json;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.geoclaims.jackson;

  provides io.github.geoclaims.json.spi.JsonBackend with io.github.geoclaims.jackson.Jackson2Backend;
  provides com.fasterxml.jackson.databind.Module with io.github.geoclaims.jackson.GeoClaimsModule;
}
