package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.Probability;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Probability}: from 0 to 1 inclusive; not a number ({@code NaN}) is not a probability. */
public final class ProbabilityValidator implements ConstraintValidator<Probability, Double> {

  /** Creates the validator; Jakarta Validation calls this. */
  public ProbabilityValidator() {}

  @Override
  public boolean isValid(Double value, ConstraintValidatorContext context) {
    return value == null || value >= 0.0 && value <= 1.0;
  }
}
