package io.github.geoclaims.model;

import java.util.List;

/**
 * How a source conveys what a claimant says: the form of an {@link Attribution}.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class AttributionMode extends Term {

  private static final Vocabulary<AttributionMode> VOCABULARY = new Vocabulary<>(AttributionMode::new);

  /** The claimant's own words, in quotation marks. Wire value {@code direct-quote}. */
  public static final AttributionMode DIRECT_QUOTE = VOCABULARY.standard("direct-quote");

  /** The claimant's statement restated in the source's words. Wire value {@code paraphrase}. */
  public static final AttributionMode PARAPHRASE = VOCABULARY.standard("paraphrase");

  /** The source reports that the claimant said or did something ("X said that ..."). Wire value {@code reported-speech}. */
  public static final AttributionMode REPORTED_SPEECH = VOCABULARY.standard("reported-speech");

  /** The claimant is not named ("sources familiar with the discussions"). Wire value {@code anonymous-sourcing}. */
  public static final AttributionMode ANONYMOUS_SOURCING = VOCABULARY.standard("anonymous-sourcing");

  /** The source's own voice: the author or outlet makes the claim. Wire value {@code authorial}. */
  public static final AttributionMode AUTHORIAL = VOCABULARY.standard("authorial");

  private AttributionMode(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the mode for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "direct-quote"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static AttributionMode of(String value) {
    return VOCABULARY.of(value);
  }

  /** Returns the standard values in declaration order. */
  public static List<AttributionMode> standardValues() {
    return VOCABULARY.standardValues();
  }
}
