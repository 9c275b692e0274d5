package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Stance;

/** Reads an {@link Attribution}. */
final class AttributionReader {

  private AttributionReader() {}

  static Attribution read(ReadContext c) {
    if (!c.beginObject("Attribution")) {
      return null;
    }
    Attribution.Builder b = Attribution.builder();
    String id = null;
    String claimant = null;
    String source = null;
    AttributionMode mode = null;
    Stance stance = null;
    Modality modality = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "id":
          id = c.string();
          break;
        case "claimant":
          claimant = c.string();
          break;
        case "source":
          source = c.string();
          break;
        case "mode":
          mode = c.term(AttributionMode::of);
          break;
        case "stance":
          stance = c.term(Stance::of);
          break;
        case "modality":
          modality = c.term(Modality::of);
          break;
        case "hedges":
          c.list("strings", ReadContext::string, b::addHedge);
          break;
        case "statedAt":
          set(TimeSpecReader.read(c), b::statedAt);
          break;
        case "quote":
          set(TextAnchorReader.read(c), b::quote);
          break;
        case "relayedFrom":
          set(c.string(), b::relayedFrom);
          break;
        case "note":
          set(c.string(), b::note);
          break;
        default:
          c.otherProperty(p, b::putExtension);
      }
    }
    boolean complete = c.require("id", id) & c.require("claimant", claimant) & c.require("source", source)
        & c.require("mode", mode) & c.require("stance", stance) & c.require("modality", modality);
    c.endObject();
    return complete
        ? b.id(id).claimant(claimant).source(source).mode(mode).stance(stance).modality(modality).build()
        : null;
  }
}
