/**
 * Reading and writing model objects property by property without a format: each model type's read loop and write
 * sequence, generated at compile time from its abstract type ({@code ActorCodec} from {@code AbstractActor}), call
 * the Immutables builder and the getters directly and the {@link io.github.geoclaims.model.codec.ModelSource} or
 * {@link io.github.geoclaims.model.codec.ModelSink} of a format for every value, nested objects by direct calls of
 * their type's code. A format implements the two interfaces; {@link io.github.geoclaims.model.codec.ModelCodecs}
 * reads or writes an object of any model type with them.
 *
 * <pre>{@code
 * ModelCodecs.write(document, sink);                  // sink: a ModelSink of the format
 * Claim claim = ModelCodecs.read(Claim.class, source);   // source: a ModelSource, at the claim
 * }</pre>
 *
 * <p>Internal API: the package is exported to the JSON module only. It holds no JSON: what a value looks like in a
 * format, how a problem is reported and what a format adds around a model object are the format's business.
 */
package io.github.geoclaims.model.codec;
