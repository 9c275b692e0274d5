/**
 * The metamodel: a description of every model type and property, derived from the model at compile time.
 *
 * <p>{@link io.github.geoclaims.model.meta.Metamodel} lists the {@link io.github.geoclaims.model.meta.ModelType
 * model types}; each has its {@link io.github.geoclaims.model.meta.Property properties} in declaration order, with
 * JSON names, {@link io.github.geoclaims.model.meta.Cardinality cardinalities}, {@link
 * io.github.geoclaims.model.meta.ValueKind value kinds}, Javadoc descriptions and constraints, and the means to
 * read a model object and to fill its builder without reflection. {@link
 * io.github.geoclaims.model.meta.PropertyNames} holds the same JSON names as compile-time constants, for code that
 * names one property ({@code PropertyNames.Actor.NAME} is {@code "name"}).
 *
 * <pre>{@code
 * Property name = Metamodel.of(Actor.class).property("name").orElseThrow();
 * name.get(northKorea);   // "North Korea"
 * }</pre>
 */
package io.github.geoclaims.model.meta;
