package io.github.geoclaims.model.meta;

/**
 * What kind of value a {@link Property} holds (each element, for a list; the present value, for an optional): the
 * distinction a reader, a writer or a schema makes.
 *
 * <pre>{@code
 * Metamodel.of(Claim.class).property("eventKind").orElseThrow().kind();   // TERM
 * }</pre>
 */
public enum ValueKind {
  /** A text: {@link String}. */
  STRING,
  /** A vocabulary value, a subclass of {@link io.github.geoclaims.model.Term} such as {@code Stance}. */
  TERM,
  /** A point in time with its precision: {@link io.github.geoclaims.model.TimePoint}. */
  TIME_POINT,
  /** An exact decimal number: {@link java.math.BigDecimal}. */
  DECIMAL,
  /** A whole number: {@link Integer}. */
  INTEGER,
  /** A binary floating-point number: {@link Double}. */
  DOUBLE,
  /** {@code true} or {@code false}: {@link Boolean}. */
  BOOLEAN,
  /** Another model type, described by its own {@link ModelType}. */
  OBJECT
}
