package io.github.geoclaims.model;

import java.util.List;

/**
 * What kind of event or state of affairs a {@link Claim} is about.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class EventKind extends Term {

  private static final Vocabulary<EventKind> VOCABULARY = new Vocabulary<>(EventKind::new);

  /** Weapons, munitions or military equipment changing hands. Wire value {@code arms-transfer}. */
  public static final EventKind ARMS_TRANSFER = VOCABULARY.standard("arms-transfer");

  /** Military ties, assistance or technology exchange. Wire value {@code military-cooperation}. */
  public static final EventKind MILITARY_COOPERATION = VOCABULARY.standard("military-cooperation");

  /** Talks toward an agreement. Wire value {@code negotiation}. */
  public static final EventKind NEGOTIATION = VOCABULARY.standard("negotiation");

  /** A deal or agreement concluded. Wire value {@code agreement}. */
  public static final EventKind AGREEMENT = VOCABULARY.standard("agreement");

  /** A meeting, summit or consultation. Wire value {@code meeting}. */
  public static final EventKind MEETING = VOCABULARY.standard("meeting");

  /** A visit by an official or delegation. Wire value {@code visit}. */
  public static final EventKind VISIT = VOCABULARY.standard("visit");

  /** A statement, declaration or announcement as an event in itself. Wire value {@code statement}. */
  public static final EventKind STATEMENT = VOCABULARY.standard("statement");

  /** A condemnation or protest. Wire value {@code condemnation}. */
  public static final EventKind CONDEMNATION = VOCABULARY.standard("condemnation");

  /** Sanctions imposed or enforced. Wire value {@code sanction}. */
  public static final EventKind SANCTION = VOCABULARY.standard("sanction");

  /** A military exercise or drill. Wire value {@code military-exercise}. */
  public static final EventKind MILITARY_EXERCISE = VOCABULARY.standard("military-exercise");

  /** A missile or weapons test. Wire value {@code weapons-test}. */
  public static final EventKind WEAPONS_TEST = VOCABULARY.standard("weapons-test");

  /** A satellite launch or its preparation. Wire value {@code satellite-launch}. */
  public static final EventKind SATELLITE_LAUNCH = VOCABULARY.standard("satellite-launch");

  /** Production of weapons or munitions. Wire value {@code weapons-production}. */
  public static final EventKind WEAPONS_PRODUCTION = VOCABULARY.standard("weapons-production");

  /** A judgment that an act breaches or complies with law or resolutions. Wire value {@code legal-assessment}. */
  public static final EventKind LEGAL_ASSESSMENT = VOCABULARY.standard("legal-assessment");

  /** An assessment of motives, trends or consequences. Wire value {@code analysis}. */
  public static final EventKind ANALYSIS = VOCABULARY.standard("analysis");

  /** Anything else. Wire value {@code other}. */
  public static final EventKind OTHER = VOCABULARY.standard("other");

  private EventKind(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the event kind for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "arms-transfer"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static EventKind of(String value) {
    return VOCABULARY.of(value);
  }

  /** Returns the standard values in declaration order. */
  public static List<EventKind> standardValues() {
    return VOCABULARY.standardValues();
  }
}
