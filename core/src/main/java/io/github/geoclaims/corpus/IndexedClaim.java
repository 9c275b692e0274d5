package io.github.geoclaims.corpus;

import io.github.geoclaims.model.TimePoint;

/** What a corpus keeps of one claim of one document: where it is, who it involves, its attributions. */
final class IndexedClaim {

  final int document;
  final String claimId;
  final int index;
  final TimePoint earliest;
  final IndexedAttribution[] attributions;

  IndexedClaim(int document, String claimId, int index, TimePoint earliest, IndexedAttribution[] attributions) {
    this.document = document;
    this.claimId = claimId;
    this.index = index;
    this.earliest = earliest;
    this.attributions = attributions;
  }
}
