/**
 * Streaming for large documents in the normal wire format: {@link io.github.geoclaims.json.stream.ClaimStreamReader}
 * reads and validates the claims of one document one at a time, {@link
 * io.github.geoclaims.json.stream.ClaimStreamWriter} writes them one at a time, byte for byte as {@code
 * GeoClaimsJson.write}. Both are written against the codec's token interfaces, free of Jackson, so a Jackson 3
 * module can open them with its own adapters.
 */
package io.github.geoclaims.json.stream;
