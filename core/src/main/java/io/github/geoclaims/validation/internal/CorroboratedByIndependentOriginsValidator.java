package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.Claim.ASSESSMENTS;
import static io.github.geoclaims.model.meta.PropertyNames.VerificationAssessment.STATUS;

import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.Origin;
import io.github.geoclaims.model.VerificationStatus;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.CorroboratedByIndependentOrigins;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/** Validates {@link CorroboratedByIndependentOrigins}. */
public final class CorroboratedByIndependentOriginsValidator
    implements ConstraintValidator<CorroboratedByIndependentOrigins, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public CorroboratedByIndependentOriginsValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof Claim claim)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    Set<Origin> origins = null;
    for (int i = 0; i < claim.getAssessments().size(); i++) {
      if (!claim.getAssessments().get(i).getStatus().equals(VerificationStatus.CORROBORATED)) {
        continue;
      }
      origins = origins != null ? origins : claim.independentOrigins();
      if (origins.size() < 2) {
        report.add(ViolationCode.VERIFICATION_CORROBORATION_INSUFFICIENT, ASSESSMENTS + "[" + i + "]." + STATUS,
            "'corroborated' needs affirming attributions (asserts, acknowledges, condemns, supports) from at"
                + " least two independent origins, but they trace back only to " + origins);
      }
    }
    return report.isValid();
  }
}
