package io.github.geoclaims.model;

import java.util.List;

/**
 * How well a claim is verified, as stated by a {@link VerificationAssessment}.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class VerificationStatus extends Term {

  private static final Vocabulary<VerificationStatus> VOCABULARY = new Vocabulary<>(VerificationStatus::new);

  /** Not yet checked, or the evidence is not public. Wire value {@code unverified}. */
  public static final VerificationStatus UNVERIFIED = VOCABULARY.standard("unverified");

  /** Supported by at least two attributions with independent origins. Wire value {@code corroborated}. */
  public static final VerificationStatus CORROBORATED = VOCABULARY.standard("corroborated");

  /** Established by evidence. Wire value {@code confirmed}. */
  public static final VerificationStatus CONFIRMED = VOCABULARY.standard("confirmed");

  /** Contested by a party in a position to know. Wire value {@code disputed}. */
  public static final VerificationStatus DISPUTED = VOCABULARY.standard("disputed");

  /** Shown false by evidence. Wire value {@code refuted}. */
  public static final VerificationStatus REFUTED = VOCABULARY.standard("refuted");

  /** Cannot be checked with the information available. Wire value {@code unverifiable}. */
  public static final VerificationStatus UNVERIFIABLE = VOCABULARY.standard("unverifiable");

  /** Literally supported but presented so as to mislead (a headline that overstates its body). Wire value {@code misleading}. */
  public static final VerificationStatus MISLEADING = VOCABULARY.standard("misleading");

  private VerificationStatus(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the status for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "unverified"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static VerificationStatus of(String value) {
    return VOCABULARY.of(value);
  }

  /** Returns the standard values in declaration order. */
  public static List<VerificationStatus> standardValues() {
    return VOCABULARY.standardValues();
  }
}
