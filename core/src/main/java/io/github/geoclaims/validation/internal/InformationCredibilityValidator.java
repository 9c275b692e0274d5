package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.InformationCredibility;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link InformationCredibility}: a grade from 1 to 6. */
public final class InformationCredibilityValidator implements ConstraintValidator<InformationCredibility, Integer> {

  /** Creates the validator; Jakarta Validation calls this. */
  public InformationCredibilityValidator() {}

  @Override
  public boolean isValid(Integer value, ConstraintValidatorContext context) {
    return value == null || value >= 1 && value <= 6;
  }
}
