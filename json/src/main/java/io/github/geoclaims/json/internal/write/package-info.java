/**
 * Internal: the writer of the wire format over a small token output
 * ({@link io.github.geoclaims.json.spi.TokenOutput}), free of any JSON library. Each model type is written by the
 * write sequence generated for it in core ({@code io.github.geoclaims.model.codec}) into this package's {@code Out},
 * the {@code ModelSink} of JSON; the Jackson 2 and 3 modules only adapt their generator. Public types here are not
 * part of the supported API.
 */
package io.github.geoclaims.json.internal.write;
