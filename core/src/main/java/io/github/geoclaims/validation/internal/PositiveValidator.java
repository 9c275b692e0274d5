package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.Positive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Positive}: greater than 0. */
public final class PositiveValidator implements ConstraintValidator<Positive, Integer> {

  /** Creates the validator; Jakarta Validation calls this. */
  public PositiveValidator() {}

  @Override
  public boolean isValid(Integer value, ConstraintValidatorContext context) {
    return value == null || value > 0;
  }
}
