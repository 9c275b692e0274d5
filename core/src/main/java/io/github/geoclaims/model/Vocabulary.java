package io.github.geoclaims.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The standard values of one {@link Term} subclass, and the lookup from a token to its canonical value.
 *
 * @param <T> the vocabulary's term type
 */
final class Vocabulary<T extends Term> {

  private final BiFunction<String, Boolean, T> constructor;
  private final Map<String, T> standardValues = new LinkedHashMap<>();

  Vocabulary(BiFunction<String, Boolean, T> constructor) {
    this.constructor = constructor;
  }

  /** Declares a standard value; called once per constant while the vocabulary class initialises. */
  T standard(String value) {
    T term = constructor.apply(value, true);
    standardValues.put(value, term);
    return term;
  }

  /** Returns the standard constant for {@code value}, or a new non-standard term carrying it. */
  T of(String value) {
    Objects.requireNonNull(value, "value");
    T term = standardValues.get(value);
    return term != null ? term : constructor.apply(value, false);
  }

  /** Returns the standard values in declaration order. */
  List<T> standardValues() {
    return List.copyOf(standardValues.values());
  }
}
