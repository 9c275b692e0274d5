package io.github.geoclaims.model;

import java.util.List;
import java.util.Set;

/**
 * What an attribution in the author's own voice ({@link AttributionMode#AUTHORIAL}) rests on: the author's own
 * reporting, first-hand observation, or analysis, or a restatement of what the document attributes to others (a
 * headline, a lead, a closing recap).
 *
 * <p>The basis decides whether the author's attribution is an origin: only {@link #isOwn() own} bases are. It is
 * stated in the data, never inferred from the wording. An authorial attribution that states no basis counts as it did
 * in wire format 1.0, which had no basis, so that every 1.0 document keeps its counts and stays valid.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class AttributionBasis extends Term {

  private static final Vocabulary<AttributionBasis> VOCABULARY = new Vocabulary<>(AttributionBasis::new);

  /** The author's own reporting: facts the author establishes. Wire value {@code own-reporting}. */
  public static final AttributionBasis OWN_REPORTING = VOCABULARY.standard("own-reporting");

  /** What the author saw or heard first-hand. Wire value {@code first-hand}. */
  public static final AttributionBasis FIRST_HAND = VOCABULARY.standard("first-hand");

  /** The author's own analysis or assessment. Wire value {@code analysis}. */
  public static final AttributionBasis ANALYSIS = VOCABULARY.standard("analysis");

  /**
   * A restatement, in the author's voice, of what the document attributes to others: a headline, a lead, a summary.
   * Wire value {@code restatement}.
   */
  public static final AttributionBasis RESTATEMENT = VOCABULARY.standard("restatement");

  private static final Set<AttributionBasis> OWN = Set.of(OWN_REPORTING, FIRST_HAND, ANALYSIS);

  private AttributionBasis(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the basis for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "own-reporting"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static AttributionBasis of(String value) {
    return VOCABULARY.of(value);
  }

  /**
   * Returns {@code true} if the author speaks on their own account: own reporting, first-hand observation or
   * analysis. Only then is an authorial attribution an origin. A restatement and extension values are not own.
   *
   * @return whether the basis is the author's own
   */
  public boolean isOwn() {
    return OWN.contains(this);
  }

  /** Returns the standard values in declaration order. */
  public static List<AttributionBasis> standardValues() {
    return VOCABULARY.standardValues();
  }
}
