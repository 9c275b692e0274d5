package io.github.geoclaims.model;

import java.util.List;

/**
 * The kind of an {@link Actor}.
 *
 * <p>An open vocabulary (see {@link Term}): the constants are the standard values; {@link #of(String)}
 * also accepts {@code x-}-prefixed extension values.
 */
public final class ActorKind extends Term {

  private static final Vocabulary<ActorKind> VOCABULARY = new Vocabulary<>(ActorKind::new);

  /** A sovereign state, such as North Korea. Wire value {@code state}. */
  public static final ActorKind STATE = VOCABULARY.standard("state");

  /** A body of a state's government, such as the White House or a ministry. Wire value {@code government-body}. */
  public static final ActorKind GOVERNMENT_BODY = VOCABULARY.standard("government-body");

  /** An international organisation, such as the United Nations Security Council. Wire value {@code international-organisation}. */
  public static final ActorKind INTERNATIONAL_ORGANISATION = VOCABULARY.standard("international-organisation");

  /** A news agency, broadcaster, newspaper or website. Wire value {@code media-outlet}. */
  public static final ActorKind MEDIA_OUTLET = VOCABULARY.standard("media-outlet");

  /** Any other organisation: a university, a think tank, a company. Wire value {@code organisation}. */
  public static final ActorKind ORGANISATION = VOCABULARY.standard("organisation");

  /** A named individual. Wire value {@code person}. */
  public static final ActorKind PERSON = VOCABULARY.standard("person");

  /** A group or coalition of actors, such as "47 countries"; see {@link Actor#getMembers()}. Wire value {@code group}. */
  public static final ActorKind GROUP = VOCABULARY.standard("group");

  /** An actor the text does not name, such as "sources familiar with the discussions". Wire value {@code unnamed}. */
  public static final ActorKind UNNAMED = VOCABULARY.standard("unnamed");

  private ActorKind(String value, boolean standard) {
    super(value, standard);
  }

  /**
   * Returns the kind for a wire token: the standard constant, or a non-standard value.
   *
   * @param value the token, such as {@code "state"}
   * @return the canonical constant for a standard token, otherwise a new value carrying the token
   */
  public static ActorKind of(String value) {
    return VOCABULARY.of(value);
  }

  /** Returns the standard values in declaration order. */
  public static List<ActorKind> standardValues() {
    return VOCABULARY.standardValues();
  }
}
