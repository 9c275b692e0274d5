package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.TextAnchor;

/** Writes a {@link TextAnchor}, properties in the order of its accessors. */
final class TextAnchorWriter {

  private TextAnchorWriter() {}

  static void write(TextAnchor a, Out o) {
    o.start();
    o.string("exact", a.getExact());
    o.integer("start", a.getStart());
    o.integer("end", a.getEnd());
    o.string("prefix", a.getPrefix());
    o.string("suffix", a.getSuffix());
    o.end();
  }
}
