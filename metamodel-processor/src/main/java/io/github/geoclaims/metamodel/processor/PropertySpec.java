package io.github.geoclaims.metamodel.processor;

/**
 * One property of a model type as the processor reads it from an accessor of the abstract type.
 *
 * @param name the JSON name: the accessor's name without {@code get}/{@code is}, decapitalised ({@code countryCode})
 * @param accessor the accessor's name ({@code getCountryCode})
 * @param description the first sentence of the accessor's Javadoc, as plain text ("" when there is none)
 * @param cardinality the name of the {@code Cardinality} constant: REQUIRED, OPTIONAL, LIST or DEFAULTED
 * @param kind the name of the {@code ValueKind} constant, such as STRING or OBJECT
 * @param valueType the qualified name of the value's class, boxed: the element class of a list or an optional
 * @param defaultValue for a DEFAULTED property, the Java source of its default (a literal such as {@code false});
 *     otherwise {@code null}
 */
record PropertySpec(String name, String accessor, String description, String cardinality, String kind,
    String valueType, String defaultValue) {

  /** Returns {@code true} for a list property, which has a per-element adder. */
  boolean isList() {
    return cardinality.equals("LIST");
  }

  /** Returns {@code true} for a vocabulary value, which has a factory of terms. */
  boolean isTerm() {
    return kind.equals("TERM");
  }
}
