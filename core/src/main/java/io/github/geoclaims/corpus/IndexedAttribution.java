package io.github.geoclaims.corpus;

import io.github.geoclaims.model.Origin;
import io.github.geoclaims.model.Stance;

/**
 * What a corpus keeps of one attribution: enough to follow its chain and count its origin, not its text.
 */
final class IndexedAttribution {

  /** No attribution of the same claim in the same document is relayed from. */
  static final int NONE = -1;

  final String id;
  final String claimant;
  final Stance stance;
  /** The global reference of the communication named, or {@code null}. */
  final String communication;
  /** The global reference of the attribution of another document relayed from, or {@code null}. */
  final String relayedFromElsewhere;
  /** The position, in the same claim, of the attribution relayed from, or {@link #NONE}. */
  final int upstream;
  /** The position, in the same claim, of the last attribution of its chain in its document (itself, if none). */
  final int chainEnd;
  /** The origin of the last attribution of its chain in its document, global; {@code null} for none. */
  final Origin chainEndOrigin;

  IndexedAttribution(String id, String claimant, Stance stance, String communication, String relayedFromElsewhere,
      int upstream, int chainEnd, Origin chainEndOrigin) {
    this.id = id;
    this.claimant = claimant;
    this.stance = stance;
    this.communication = communication;
    this.relayedFromElsewhere = relayedFromElsewhere;
    this.upstream = upstream;
    this.chainEnd = chainEnd;
    this.chainEndOrigin = chainEndOrigin;
  }
}
