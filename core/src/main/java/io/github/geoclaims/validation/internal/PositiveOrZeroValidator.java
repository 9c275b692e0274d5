package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.PositiveOrZero;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link PositiveOrZero}: 0 or greater. */
public final class PositiveOrZeroValidator implements ConstraintValidator<PositiveOrZero, Integer> {

  /** Creates the validator; Jakarta Validation calls this. */
  public PositiveOrZeroValidator() {}

  @Override
  public boolean isValid(Integer value, ConstraintValidatorContext context) {
    return value == null || value >= 0;
  }
}
