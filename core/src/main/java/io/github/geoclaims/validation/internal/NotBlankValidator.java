package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.NotBlank;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link NotBlank} as Hibernate Validator 9 decides Jakarta's {@code @NotBlank}: not {@code null}, and not
 * {@link String#isBlank()} (Unicode white space counts as blank).
 */
public final class NotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {

  /** Creates the validator; Jakarta Validation calls this. */
  public NotBlankValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value != null && !value.toString().isBlank();
  }
}
