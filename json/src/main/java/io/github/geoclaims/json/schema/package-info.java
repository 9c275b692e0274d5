/**
 * The JSON Schema (draft 2020-12) of the geoclaims wire format, shipped in the jar: {@link
 * io.github.geoclaims.json.schema.GeoClaimsSchema}.
 */
package io.github.geoclaims.json.schema;
