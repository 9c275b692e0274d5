package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.VerificationAssessment;

/** Writes a {@link VerificationAssessment}, properties in the order of its accessors. */
final class AssessmentWriter {

  private AssessmentWriter() {}

  static void write(VerificationAssessment v, Out o) {
    o.start();
    o.term("status", v.getStatus());
    o.string("assessor", v.getAssessor());
    o.time("assessedAt", v.getAssessedAt());
    o.string("rationale", v.getRationale());
    o.list("evidence", v.getEvidence(), EvidenceWriter::write);
    o.dbl("confidence", v.getConfidence());
    o.object("admiraltyRating", v.getAdmiraltyRating(), AdmiraltyRatingWriter::write);
    o.end();
  }
}
