package io.github.geoclaims.model;

import java.util.List;

/**
 * The kind of a {@link Source}: the genre of the document or channel.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class SourceKind extends Term {

  private static final Vocabulary<SourceKind> VOCABULARY = new Vocabulary<>(SourceKind::new);

  /** A news report. Wire value {@code news-article}. */
  public static final SourceKind NEWS_ARTICLE = VOCABULARY.standard("news-article");

  /** An analysis or commentary piece. Wire value {@code analysis}. */
  public static final SourceKind ANALYSIS = VOCABULARY.standard("analysis");

  /** An opinion piece or editorial. Wire value {@code opinion}. */
  public static final SourceKind OPINION = VOCABULARY.standard("opinion");

  /** A statement issued by one government or organisation. Wire value {@code official-statement}. */
  public static final SourceKind OFFICIAL_STATEMENT = VOCABULARY.standard("official-statement");

  /** A statement issued jointly by several actors. Wire value {@code joint-statement}. */
  public static final SourceKind JOINT_STATEMENT = VOCABULARY.standard("joint-statement");

  /** A press release. Wire value {@code press-release}. */
  public static final SourceKind PRESS_RELEASE = VOCABULARY.standard("press-release");

  /** Remarks made at a press briefing or conference. Wire value {@code press-briefing}. */
  public static final SourceKind PRESS_BRIEFING = VOCABULARY.standard("press-briefing");

  /** A report by a news agency (wire service). Wire value {@code wire-report}. */
  public static final SourceKind WIRE_REPORT = VOCABULARY.standard("wire-report");

  /** A post on a social network. Wire value {@code social-post}. */
  public static final SourceKind SOCIAL_POST = VOCABULARY.standard("social-post");

  /** A comment left by a reader under another source. Wire value {@code reader-comment}. */
  public static final SourceKind READER_COMMENT = VOCABULARY.standard("reader-comment");

  /** An intelligence assessment or report. Wire value {@code intelligence-report}. */
  public static final SourceKind INTELLIGENCE_REPORT = VOCABULARY.standard("intelligence-report");

  /** A report published by a government body. Wire value {@code government-report}. */
  public static final SourceKind GOVERNMENT_REPORT = VOCABULARY.standard("government-report");

  /** Photographs, satellite or video imagery offered as evidence. Wire value {@code imagery}. */
  public static final SourceKind IMAGERY = VOCABULARY.standard("imagery");

  /** Any other kind of source. Wire value {@code other}. */
  public static final SourceKind OTHER = VOCABULARY.standard("other");

  private SourceKind(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the kind for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "news-article"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static SourceKind of(String value) {
    return VOCABULARY.of(value);
  }

  /** Returns the standard values in declaration order. */
  public static List<SourceKind> standardValues() {
    return VOCABULARY.standardValues();
  }
}
