package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.ClaimRelation;

/** Writes a {@link ClaimRelation}, properties in the order of its accessors. */
final class RelationWriter {

  private RelationWriter() {}

  static void write(ClaimRelation r, Out o) {
    o.start();
    o.string("from", r.getFrom());
    o.term("kind", r.getKind());
    o.string("to", r.getTo());
    o.string("targetDocument", r.getTargetDocument());
    o.string("note", r.getNote());
    o.end();
  }
}
