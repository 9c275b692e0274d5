package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.Citation;

/** Reads a {@link Citation}. */
final class CitationReader {

  private CitationReader() {}

  static Citation read(ReadContext c) {
    if (!c.beginObject("Citation")) {
      return null;
    }
    Citation.Builder b = Citation.builder();
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "marker":
          set(c.string(), b::marker);
          break;
        case "title":
          set(c.string(), b::title);
          break;
        case "url":
          set(c.string(), b::url);
          break;
        case "accessedAt":
          set(c.time(), b::accessedAt);
          break;
        case "source":
          set(c.string(), b::source);
          break;
        case "anchor":
          set(TextAnchorReader.read(c), b::anchor);
          break;
        case "note":
          set(c.string(), b::note);
          break;
        default:
          c.otherProperty(p, null);
      }
    }
    c.endObject();
    return b.build();
  }
}
