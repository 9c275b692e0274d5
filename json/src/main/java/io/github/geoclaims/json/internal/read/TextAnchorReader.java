package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.TextAnchor;

/** Reads a {@link TextAnchor}. */
final class TextAnchorReader {

  private TextAnchorReader() {}

  static TextAnchor read(ReadContext c) {
    if (!c.beginObject("TextAnchor")) {
      return null;
    }
    TextAnchor.Builder b = TextAnchor.builder();
    String exact = null;
    Integer start = null;
    Integer end = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "exact":
          exact = c.string();
          break;
        case "start":
          start = c.integer();
          break;
        case "end":
          end = c.integer();
          break;
        case "prefix":
          set(c.string(), b::prefix);
          break;
        case "suffix":
          set(c.string(), b::suffix);
          break;
        default:
          c.otherProperty(p, null);
      }
    }
    boolean complete = c.require("exact", exact) & c.require("start", start) & c.require("end", end);
    c.endObject();
    return complete ? b.exact(exact).start(start).end(end).build() : null;
  }
}
