package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.TimeSpec;

/** Reads a {@link TimeSpec}. */
final class TimeSpecReader {

  private TimeSpecReader() {}

  static TimeSpec read(ReadContext c) {
    if (!c.beginObject("TimeSpec")) {
      return null;
    }
    TimeSpec.Builder b = TimeSpec.builder();
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "at":
          set(c.time(), b::at);
          break;
        case "start":
          set(c.time(), b::start);
          break;
        case "end":
          set(c.time(), b::end);
          break;
        case "expression":
          set(c.string(), b::expression);
          break;
        default:
          c.otherProperty(p, null);
      }
    }
    c.endObject();
    return b.build();
  }
}
