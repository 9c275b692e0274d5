package io.github.geoclaims.model.meta;

/**
 * How many values a {@link Property} holds, and so what its accessor returns.
 *
 * <pre>{@code
 * Metamodel.of(Actor.class).property("aliases").orElseThrow().cardinality();   // LIST
 * }</pre>
 */
public enum Cardinality {
  /** Exactly one value, which the builder requires: {@code String getId()}. */
  REQUIRED,
  /** Zero or one value: {@code Optional<String> getCountryCode()}. */
  OPTIONAL,
  /** Zero or more values, in order: {@code List<String> getAliases()}. */
  LIST,
  /** Exactly one value, which the builder may leave out for its {@link Property#defaultValue() default}. */
  DEFAULTED
}
