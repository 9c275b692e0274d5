/**
 * Internal: the reader of the wire format over a small token input ({@link io.github.geoclaims.json.spi.TokenInput}),
 * free of any JSON library. Each model type is read by the read loop generated for it in core
 * ({@code io.github.geoclaims.model.codec}) from this package's {@code ReadContext}, the {@code ModelSource} of JSON;
 * the Jackson 2 and 3 modules only adapt their parser. Public types here are not part of the supported API.
 */
package io.github.geoclaims.json.internal.read;
