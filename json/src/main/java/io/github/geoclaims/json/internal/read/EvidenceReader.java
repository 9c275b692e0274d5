package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.Evidence;

/** Reads an {@link Evidence}. */
final class EvidenceReader {

  private EvidenceReader() {}

  static Evidence read(ReadContext c) {
    if (!c.beginObject("Evidence")) {
      return null;
    }
    Evidence.Builder b = Evidence.builder();
    String description = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "description":
          description = c.string();
          break;
        case "source":
          set(c.string(), b::source);
          break;
        default:
          c.otherProperty(p, null);
      }
    }
    boolean complete = c.require("description", description);
    c.endObject();
    return complete ? b.description(description).build() : null;
  }
}
