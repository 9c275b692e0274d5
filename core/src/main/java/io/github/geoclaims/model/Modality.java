package io.github.geoclaims.model;

import java.util.List;

/**
 * How firmly a proposition is put forward in an {@link Attribution}: as fact, as hearsay, as speculation.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class Modality extends Term {

  private static final Vocabulary<Modality> VOCABULARY = new Vocabulary<>(Modality::new);

  /** Put forward as fact. Wire value {@code asserted}. */
  public static final Modality ASSERTED = VOCABULARY.standard("asserted");

  /** Relayed as what someone else says ("reportedly", "according to"). Wire value {@code reported}. */
  public static final Modality REPORTED = VOCABULARY.standard("reported");

  /** Relayed as an allegation, not established. Wire value {@code alleged}. */
  public static final Modality ALLEGED = VOCABULARY.standard("alleged");

  /** Held as a suspicion ("suspected arms shipments"). Wire value {@code suspected}. */
  public static final Modality SUSPECTED = VOCABULARY.standard("suspected");

  /** An analytic judgment or belief ("analysts believe", "intelligence indicates"). Wire value {@code assessed}. */
  public static final Modality ASSESSED = VOCABULARY.standard("assessed");

  /** Offered as speculation or rumour. Wire value {@code speculated}. */
  public static final Modality SPECULATED = VOCABULARY.standard("speculated");

  /** True only if a condition holds ("if accurate"). Wire value {@code conditional}. */
  public static final Modality CONDITIONAL = VOCABULARY.standard("conditional");

  /** About the future ("could", "will"). Wire value {@code predicted}. */
  public static final Modality PREDICTED = VOCABULARY.standard("predicted");

  private Modality(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the modality for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "asserted"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static Modality of(String value) {
    return VOCABULARY.of(value);
  }

  /** Returns the standard values in declaration order. */
  public static List<Modality> standardValues() {
    return VOCABULARY.standardValues();
  }
}
