package io.github.geoclaims.model;

import java.util.List;

/**
 * The kind of a {@link ClaimRelation} between two claims.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class RelationKind extends Term {

  private static final Vocabulary<RelationKind> VOCABULARY = new Vocabulary<>(RelationKind::new);

  /** The claim gives reason to believe the target. Wire value {@code supports}. */
  public static final RelationKind SUPPORTS = VOCABULARY.standard("supports");

  /** The two claims cannot both be true. Wire value {@code contradicts}. */
  public static final RelationKind CONTRADICTS = VOCABULARY.standard("contradicts");

  /** The claim is a denial of the target. Wire value {@code denies}. */
  public static final RelationKind DENIES = VOCABULARY.standard("denies");

  /** The two claims state the same proposition (for example in two documents). Wire value {@code same-proposition}. */
  public static final RelationKind SAME_PROPOSITION = VOCABULARY.standard("same-proposition");

  /** The claim is a reaction to the target. Wire value {@code responds-to}. */
  public static final RelationKind RESPONDS_TO = VOCABULARY.standard("responds-to");

  /** The claim says more than the target supports, as a headline that outruns its article's body. Wire value {@code overstates}. */
  public static final RelationKind OVERSTATES = VOCABULARY.standard("overstates");

  /** The claim adds detail to the target. Wire value {@code elaborates}. */
  public static final RelationKind ELABORATES = VOCABULARY.standard("elaborates");

  private RelationKind(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the kind for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "supports"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static RelationKind of(String value) {
    return VOCABULARY.of(value);
  }

  /** Returns the standard values in declaration order. */
  public static List<RelationKind> standardValues() {
    return VOCABULARY.standardValues();
  }
}
