package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.VerificationAssessment.EVIDENCE;

import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.VerdictHasEvidence;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link VerdictHasEvidence}. */
public final class VerdictHasEvidenceValidator
    implements ConstraintValidator<VerdictHasEvidence, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public VerdictHasEvidenceValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof VerificationAssessment assessment)) {
      return true;
    }
    VerificationStatus status = assessment.getStatus();
    boolean verdict = status.equals(VerificationStatus.CONFIRMED) || status.equals(VerificationStatus.REFUTED);
    if (!verdict || !assessment.getEvidence().isEmpty()) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    report.add(ViolationCode.VERIFICATION_EVIDENCE_MISSING, EVIDENCE,
        "an assessment that says '" + status + "' must name the evidence it rests on");
    return report.isValid();
  }
}
