package io.github.geoclaims.graph;

/** What a node of a {@link ProvenanceGraph} stands for. */
public enum NodeKind {
  /** A claim as one document states it: its proposition, identifier, origin count and verification status. */
  CLAIM,
  /** A communicative act; its attributions are drawn inside it, since they are one origin. */
  COMMUNICATION,
  /** One attribution of a claim: who puts it forward, with which stance, in which source. */
  ATTRIBUTION,
  /** An actor who puts claims forward in one document; actors are matched by identifier across documents. */
  ACTOR,
  /** A source in which attributions appear. */
  SOURCE
}
