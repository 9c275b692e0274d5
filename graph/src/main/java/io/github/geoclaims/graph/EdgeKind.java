package io.github.geoclaims.graph;

/** What an edge of a {@link ProvenanceGraph} says, from its tail to its head. */
public enum EdgeKind {
  /** An attribution puts the claim forward (drawn for the attributions that no other attribution relays). */
  PUTS_FORWARD,
  /** An attribution relays the attribution it points to ({@code relayedFrom}), in its document or another one. */
  RELAYS,
  /** An actor is the claimant of the attribution. */
  CLAIMANT_OF,
  /** A source is where the attribution appears. */
  APPEARS_IN,
  /** A claim relates to another ({@code supports}, {@code contradicts}, ...); the label is the relation's kind. */
  RELATION,
  /** The same claim identifier appears in another document: the same proposition, not necessarily the same origin. */
  SAME_CLAIM
}
