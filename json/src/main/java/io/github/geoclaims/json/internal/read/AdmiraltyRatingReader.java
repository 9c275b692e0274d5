package io.github.geoclaims.json.internal.read;

import io.github.geoclaims.model.AdmiraltyRating;

/** Reads an {@link AdmiraltyRating}. */
final class AdmiraltyRatingReader {

  private AdmiraltyRatingReader() {}

  static AdmiraltyRating read(ReadContext c) {
    if (!c.beginObject("AdmiraltyRating")) {
      return null;
    }
    String reliability = null;
    Integer credibility = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "sourceReliability":
          reliability = c.string();
          break;
        case "informationCredibility":
          credibility = c.integer();
          break;
        default:
          c.otherProperty(p, null);
      }
    }
    boolean complete = c.require("sourceReliability", reliability)
        & c.require("informationCredibility", credibility);
    c.endObject();
    return complete ? AdmiraltyRating.of(reliability, credibility) : null;
  }
}
