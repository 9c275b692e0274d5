package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.SourceReliability;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link SourceReliability}: one letter from {@code A} to {@code F}. */
public final class SourceReliabilityValidator implements ConstraintValidator<SourceReliability, String> {

  /** Creates the validator; Jakarta Validation calls this. */
  public SourceReliabilityValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.length() == 1 && value.charAt(0) >= 'A' && value.charAt(0) <= 'F';
  }
}
