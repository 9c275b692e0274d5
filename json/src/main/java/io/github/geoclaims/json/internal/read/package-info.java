/**
 * Internal: the readers of the wire format, one class per model type, written against a small token
 * input ({@link io.github.geoclaims.json.spi.TokenInput}) and free of any JSON library, so that the Jackson 2 module
 * (and a later Jackson 3 module) only adapt their parser or generator. Public types here are not part of the
 * supported API.
 */
package io.github.geoclaims.json.internal.read;
