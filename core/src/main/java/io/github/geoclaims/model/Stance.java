package io.github.geoclaims.model;

import java.util.List;
import java.util.Set;

/**
 * The position an actor takes toward a claim in an {@link Attribution}.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class Stance extends Term {

  private static final Vocabulary<Stance> VOCABULARY = new Vocabulary<>(Stance::new);

  /** Puts the claim forward as true. Wire value {@code asserts}. */
  public static final Stance ASSERTS = VOCABULARY.standard("asserts");

  /** Says the claim is false. Wire value {@code denies}. */
  public static final Stance DENIES = VOCABULARY.standard("denies");

  /** Contests the claim or its framing without a flat denial. Wire value {@code disputes}. */
  public static final Stance DISPUTES = VOCABULARY.standard("disputes");

  /** Brushes the claim aside without engaging with it. Wire value {@code dismisses}. */
  public static final Stance DISMISSES = VOCABULARY.standard("dismisses");

  /** Was asked and declined to answer. Wire value {@code declines-to-comment}. */
  public static final Stance DECLINES_TO_COMMENT = VOCABULARY.standard("declines-to-comment");

  /** Has said nothing public about the claim. Wire value {@code has-not-commented}. */
  public static final Stance HAS_NOT_COMMENTED = VOCABULARY.standard("has-not-commented");

  /** Treats the claimed act as real enough to condemn it. Wire value {@code condemns}. */
  public static final Stance CONDEMNS = VOCABULARY.standard("condemns");

  /** Voices concern about the claimed act or its possibility. Wire value {@code expresses-concern}. */
  public static final Stance EXPRESSES_CONCERN = VOCABULARY.standard("expresses-concern");

  /** Endorses or welcomes the claimed act. Wire value {@code supports}. */
  public static final Stance SUPPORTS = VOCABULARY.standard("supports");

  /** Concedes the claim. Wire value {@code acknowledges}. */
  public static final Stance ACKNOWLEDGES = VOCABULARY.standard("acknowledges");

  /** Raises doubt about the claim. Wire value {@code questions}. */
  public static final Stance QUESTIONS = VOCABULARY.standard("questions");

  private static final Set<Stance> AFFIRMING = Set.of(ASSERTS, ACKNOWLEDGES, CONDEMNS, SUPPORTS);

  private Stance(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the stance for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "asserts"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static Stance of(String value) {
    return VOCABULARY.of(value);
  }

  /**
   * Returns {@code true} if an actor with this stance treats the claim as true: asserts, acknowledges, condemns or
   * supports it. Only such attributions count as origins that back a claim (see {@link Claim#independentOrigins()});
   * a denial, a dismissal or a refusal to comment backs nothing. Extension values are not affirming.
   *
   * @return whether the stance affirms the claim
   */
  public boolean isAffirming() {
    return AFFIRMING.contains(this);
  }

  /** Returns the standard values in declaration order. */
  public static List<Stance> standardValues() {
    return VOCABULARY.standardValues();
  }
}
