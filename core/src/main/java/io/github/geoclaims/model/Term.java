package io.github.geoclaims.model;

import java.util.Objects;

/**
 * A value of an open vocabulary: a lower-case token such as {@code "asserts"} or {@code "x-leaked-memo"}.
 *
 * <p>Each vocabulary ({@link Stance}, {@link Modality}, {@link VerificationStatus}, ...) is a subclass with
 * its standard values as constants, so code written against the standard values stays type-safe
 * ({@code stance.equals(Stance.DENIES)}). Real data brings values outside any fixed list; instead of
 * forcing a fork, a vocabulary accepts <em>extension values</em> prefixed with {@code x-}. Any other
 * unknown token can still be represented (so that a lenient reader can report it instead of losing the
 * document), but it is a validation violation ({@code term.unknown}).
 *
 * <p>Terms are compared by vocabulary and value; standard values are canonical instances.
 */
public abstract class Term {

  /** The prefix that marks a documented extension value, such as {@code x-leaked-memo}. */
  public static final String EXTENSION_PREFIX = "x-";

  private final String value;
  private final boolean standard;

  Term(String value, boolean standard) {
    this.value = Objects.requireNonNull(value, "value");
    this.standard = standard;
  }

  /** Returns the token exactly as written on the wire, for example {@code "declines-to-comment"}. */
  public final String value() {
    return value;
  }

  /** Returns {@code true} if this is one of the vocabulary's standard values. */
  public final boolean isStandard() {
    return standard;
  }

  /** Returns {@code true} if this is a documented extension value (its token starts with {@code x-}). */
  public final boolean isExtension() {
    return !standard && value.startsWith(EXTENSION_PREFIX) && isWellFormed();
  }

  /** Returns {@code true} if the value is standard or a well-formed extension: what validation accepts. */
  public final boolean isKnown() {
    return standard || isExtension();
  }

  /**
   * Returns {@code true} if the token is lower-case letters and digits in hyphen-separated words: a letter first,
   * no hyphen last or next to another ({@code [a-z][a-z0-9]*(-[a-z0-9]+)*}). Checked char by char: it runs for
   * every term of every document read.
   */
  public final boolean isWellFormed() {
    int length = value.length();
    if (length == 0 || !isLowerCaseLetter(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      boolean fits = c == '-'
          ? i + 1 < length && value.charAt(i + 1) != '-'
          : isLowerCaseLetter(c) || c >= '0' && c <= '9';
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerCaseLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((Term) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Returns the token, as {@link #value()}. */
  @Override
  public final String toString() {
    return value;
  }
}
