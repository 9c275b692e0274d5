package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.ExtensionName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ExtensionName}: {@code x-[A-Za-z0-9][A-Za-z0-9._-]*}, written out as a loop. */
public final class ExtensionNameValidator implements ConstraintValidator<ExtensionName, String> {

  /** Creates the validator; Jakarta Validation calls this. */
  public ExtensionNameValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (value.length() < 3 || !value.startsWith("x-") || !NameCharacters.isLetterOrDigit(value.charAt(2))) {
      return false;
    }
    for (int i = 3; i < value.length(); i++) {
      if (!NameCharacters.isExtensionNamePart(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
