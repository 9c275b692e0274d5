package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.EventKind;

/** Reads a {@link Claim}. */
final class ClaimReader {

  private ClaimReader() {}

  static Claim read(ReadContext c) {
    if (!c.beginObject("Claim")) {
      return null;
    }
    Claim.Builder b = Claim.builder();
    String id = null;
    String proposition = null;
    EventKind eventKind = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "id":
          id = c.string();
          break;
        case "proposition":
          proposition = c.string();
          break;
        case "eventKind":
          eventKind = c.term(EventKind::of);
          break;
        case "participants":
          c.list("Participant", ParticipantReader::read, b::addParticipant);
          break;
        case "time":
          set(TimeSpecReader.read(c), b::time);
          break;
        case "location":
          set(c.string(), b::location);
          break;
        case "quantities":
          c.list("Quantity", QuantityReader::read, b::addQuantity);
          break;
        case "attributions":
          c.list("Attribution", AttributionReader::read, b::addAttribution);
          break;
        case "assessments":
          c.list("VerificationAssessment", AssessmentReader::read, b::addAssessment);
          break;
        case "note":
          set(c.string(), b::note);
          break;
        default:
          c.otherProperty(p, b::putExtension);
      }
    }
    boolean complete = c.require("id", id) & c.require("proposition", proposition)
        & c.require("eventKind", eventKind);
    c.endObject();
    return complete ? b.id(id).proposition(proposition).eventKind(eventKind).build() : null;
  }
}
