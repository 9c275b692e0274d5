package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.AdmiraltyRating;

/** Writes an {@link AdmiraltyRating}, properties in the order of its accessors. */
final class AdmiraltyRatingWriter {

  private AdmiraltyRatingWriter() {}

  static void write(AdmiraltyRating r, Out o) {
    o.start();
    o.string("sourceReliability", r.getSourceReliability());
    o.integer("informationCredibility", r.getInformationCredibility());
    o.end();
  }
}
