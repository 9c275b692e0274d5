package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.Citation;

/** Writes a {@link Citation}, properties in the order of its accessors. */
final class CitationWriter {

  private CitationWriter() {}

  static void write(Citation c, Out o) {
    o.start();
    o.string("marker", c.getMarker());
    o.string("title", c.getTitle());
    o.string("url", c.getUrl());
    o.time("accessedAt", c.getAccessedAt());
    o.string("source", c.getSource());
    o.object("anchor", c.getAnchor(), TextAnchorWriter::write);
    o.string("note", c.getNote());
    o.end();
  }
}
