package io.github.geoclaims.model;

import java.util.List;

/**
 * The kind of a {@link Communication}: the communicative act an attribution reports, quotes or paraphrases.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class CommunicationKind extends Term {

  private static final Vocabulary<CommunicationKind> VOCABULARY = new Vocabulary<>(CommunicationKind::new);

  /** A statement issued by one actor: a declaration, a communiqué, remarks. Wire value {@code statement}. */
  public static final CommunicationKind STATEMENT = VOCABULARY.standard("statement");

  /**
   * One statement issued jointly by several actors, such as the foreign ministers of 47 countries: its signatories
   * and whoever delivers it speak as part of it, not on their own. Wire value {@code joint-statement}.
   */
  public static final CommunicationKind JOINT_STATEMENT = VOCABULARY.standard("joint-statement");

  /** A press briefing or press conference. Wire value {@code press-briefing}. */
  public static final CommunicationKind PRESS_BRIEFING = VOCABULARY.standard("press-briefing");

  /** An interview. Wire value {@code interview}. */
  public static final CommunicationKind INTERVIEW = VOCABULARY.standard("interview");

  /** A report: a news agency's, an intelligence service's, a government's. Wire value {@code report}. */
  public static final CommunicationKind REPORT = VOCABULARY.standard("report");

  /** A post on a social network. Wire value {@code social-post}. */
  public static final CommunicationKind SOCIAL_POST = VOCABULARY.standard("social-post");

  /** Material disclosed without its issuer's consent. Wire value {@code leak}. */
  public static final CommunicationKind LEAK = VOCABULARY.standard("leak");

  /** An article's or an author's own reporting or analysis. Wire value {@code own-reporting}. */
  public static final CommunicationKind OWN_REPORTING = VOCABULARY.standard("own-reporting");

  /**
   * A position the text gives without any act of stating it ("the US remains convinced"), or allegations and
   * reports the text gives without an issuer. Wire value {@code unspecified}.
   */
  public static final CommunicationKind UNSPECIFIED = VOCABULARY.standard("unspecified");

  private CommunicationKind(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the kind for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "joint-statement"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static CommunicationKind of(String value) {
    return VOCABULARY.of(value);
  }

  /** Returns the standard values in declaration order. */
  public static List<CommunicationKind> standardValues() {
    return VOCABULARY.standardValues();
  }
}
