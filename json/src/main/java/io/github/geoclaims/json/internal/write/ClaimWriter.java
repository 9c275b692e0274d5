package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.Claim;
import java.util.Set;

/** Writes a {@link Claim}, properties in the order of its accessors. */
final class ClaimWriter {

  private ClaimWriter() {}

  static final Set<String> RESERVED = Set.of("id", "proposition", "eventKind", "participants", "time", "location",
      "quantities", "attributions", "assessments", "note");

  static void write(Claim c, Out o) {
    o.start();
    o.string("id", c.getId());
    o.string("proposition", c.getProposition());
    o.term("eventKind", c.getEventKind());
    o.list("participants", c.getParticipants(), ParticipantWriter::write);
    o.object("time", c.getTime(), TimeSpecWriter::write);
    o.string("location", c.getLocation());
    o.list("quantities", c.getQuantities(), QuantityWriter::write);
    o.list("attributions", c.getAttributions(), AttributionWriter::write);
    o.list("assessments", c.getAssessments(), AssessmentWriter::write);
    o.string("note", c.getNote());
    o.extensions("Claim", c.getExtensions(), RESERVED);
    o.end();
  }
}
