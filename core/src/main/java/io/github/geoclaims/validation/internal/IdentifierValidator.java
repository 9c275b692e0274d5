package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.Identifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Identifier}: {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,127}}, written out as a loop. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, String> {

  /** Creates the validator; Jakarta Validation calls this. */
  public IdentifierValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int length = value.length();
    if (length == 0 || length > 128 || !NameCharacters.isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      if (!NameCharacters.isIdentifierPart(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
