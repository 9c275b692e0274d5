package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;

/** Reads a {@link VerificationAssessment}. */
final class AssessmentReader {

  private AssessmentReader() {}

  static VerificationAssessment read(ReadContext c) {
    if (!c.beginObject("VerificationAssessment")) {
      return null;
    }
    VerificationAssessment.Builder b = VerificationAssessment.builder();
    VerificationStatus status = null;
    String rationale = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "status":
          status = c.term(VerificationStatus::of);
          break;
        case "assessor":
          set(c.string(), b::assessor);
          break;
        case "assessedAt":
          set(c.time(), b::assessedAt);
          break;
        case "rationale":
          rationale = c.string();
          break;
        case "evidence":
          c.list("Evidence", EvidenceReader::read, b::addEvidence);
          break;
        case "confidence":
          set(c.dbl(), b::confidence);
          break;
        case "admiraltyRating":
          set(AdmiraltyRatingReader.read(c), b::admiraltyRating);
          break;
        default:
          c.otherProperty(p, null);
      }
    }
    boolean complete = c.require("status", status) & c.require("rationale", rationale);
    c.endObject();
    return complete ? b.status(status).rationale(rationale).build() : null;
  }
}
