package io.github.geoclaims.model;

import java.util.List;

/**
 * The part an actor plays in a {@link Claim}'s proposition.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class ParticipantRole extends Term {

  private static final Vocabulary<ParticipantRole> VOCABULARY = new Vocabulary<>(ParticipantRole::new);

  /** Does the act (the supplier, the visitor). Wire value {@code agent}. */
  public static final ParticipantRole AGENT = VOCABULARY.standard("agent");

  /** Receives what is transferred. Wire value {@code recipient}. */
  public static final ParticipantRole RECIPIENT = VOCABULARY.standard("recipient");

  /** Is acted against (the sanctioned, the condemned). Wire value {@code target}. */
  public static final ParticipantRole TARGET = VOCABULARY.standard("target");

  /** Bears the consequences. Wire value {@code affected}. */
  public static final ParticipantRole AFFECTED = VOCABULARY.standard("affected");

  /** Takes part on an equal footing (both sides of talks). Wire value {@code party}. */
  public static final ParticipantRole PARTY = VOCABULARY.standard("party");

  /** Is named without one of the roles above. Wire value {@code mentioned}. */
  public static final ParticipantRole MENTIONED = VOCABULARY.standard("mentioned");

  private ParticipantRole(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the role for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "agent"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static ParticipantRole of(String value) {
    return VOCABULARY.of(value);
  }

  /** Returns the standard values in declaration order. */
  public static List<ParticipantRole> standardValues() {
    return VOCABULARY.standardValues();
  }
}
