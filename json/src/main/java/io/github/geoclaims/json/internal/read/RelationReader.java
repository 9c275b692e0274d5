package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.RelationKind;

/** Reads a {@link ClaimRelation}. */
final class RelationReader {

  private RelationReader() {}

  static ClaimRelation read(ReadContext c) {
    if (!c.beginObject("ClaimRelation")) {
      return null;
    }
    ClaimRelation.Builder b = ClaimRelation.builder();
    String from = null;
    RelationKind kind = null;
    String to = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "from":
          from = c.string();
          break;
        case "kind":
          kind = c.term(RelationKind::of);
          break;
        case "to":
          to = c.string();
          break;
        case "targetDocument":
          set(c.string(), b::targetDocument);
          break;
        case "note":
          set(c.string(), b::note);
          break;
        default:
          c.otherProperty(p, null);
      }
    }
    boolean complete = c.require("from", from) & c.require("kind", kind) & c.require("to", to);
    c.endObject();
    return complete ? b.from(from).kind(kind).to(to).build() : null;
  }
}
