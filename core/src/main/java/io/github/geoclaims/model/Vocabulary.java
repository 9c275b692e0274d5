package io.github.geoclaims.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The standard values of one {@link Term} subclass, and the lookup from a token to its canonical value.
 *
 * @param <T> the vocabulary's term type
 */
final class Vocabulary<T extends Term> {

  private final BiFunction<String, Boolean, T> constructor;
  private final List<T> standardValues = new ArrayList<>();
  /**
   * The standard values by the length of their token: a token read from a document is compared only with the few
   * values of its length, which costs less than hashing it, a string the parser has just made.
   */
  private Term[][] byLength = new Term[0][];

  Vocabulary(BiFunction<String, Boolean, T> constructor) {
    this.constructor = constructor;
  }

  /** Declares a standard value; called once per constant while the vocabulary class initialises. */
  T standard(String value) {
    T term = constructor.apply(value, true);
    standardValues.add(term);
    int length = value.length();
    if (length >= byLength.length) {
      byLength = Arrays.copyOf(byLength, length + 1);
    }
    Term[] sameLength = byLength[length] == null ? new Term[1] : Arrays.copyOf(byLength[length],
        byLength[length].length + 1);
    sameLength[sameLength.length - 1] = term;
    byLength[length] = sameLength;
    return term;
  }

  /** Returns the standard constant for {@code value}, or a new non-standard term carrying it. */
  @SuppressWarnings("unchecked")   // byLength holds only terms made by this vocabulary's constructor, T
  T of(String value) {
    int length = Objects.requireNonNull(value, "value").length();
    if (length < byLength.length && byLength[length] != null) {
      for (Term term : byLength[length]) {
        if (term.value().equals(value)) {
          return (T) term;
        }
      }
    }
    return constructor.apply(value, false);
  }

  /** Returns the standard values in declaration order. */
  List<T> standardValues() {
    return List.copyOf(standardValues);
  }
}
