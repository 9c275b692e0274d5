package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.NotEmpty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link NotEmpty} on a text: not {@code null} and at least one character. */
public final class NotEmptyValidator implements ConstraintValidator<NotEmpty, CharSequence> {

  /** Creates the validator; Jakarta Validation calls this. */
  public NotEmptyValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value != null && value.length() > 0;
  }
}
