package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.Attribution;
import java.util.Set;

/** Writes an {@link Attribution}, properties in the order of its accessors. */
final class AttributionWriter {

  private AttributionWriter() {}

  static final Set<String> RESERVED = Set.of("id", "claimant", "source", "mode", "stance", "modality", "hedges",
      "statedAt", "quote", "relayedFrom", "note");

  static void write(Attribution a, Out o) {
    o.start();
    o.string("id", a.getId());
    o.string("claimant", a.getClaimant());
    o.string("source", a.getSource());
    o.term("mode", a.getMode());
    o.term("stance", a.getStance());
    o.term("modality", a.getModality());
    o.strings("hedges", a.getHedges());
    o.object("statedAt", a.getStatedAt(), TimeSpecWriter::write);
    o.object("quote", a.getQuote(), TextAnchorWriter::write);
    o.string("relayedFrom", a.getRelayedFrom());
    o.string("note", a.getNote());
    o.extensions("Attribution", a.getExtensions(), RESERVED);
    o.end();
  }
}
