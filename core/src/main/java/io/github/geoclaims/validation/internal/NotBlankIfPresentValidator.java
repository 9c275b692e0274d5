package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link NotBlankIfPresent}: the regular expression {@code (?s).*\S.*}, a character other than space, tab,
 * line feed, vertical tab, form feed or carriage return (only these six are {@code \s}), written out as a loop.
 */
public final class NotBlankIfPresentValidator implements ConstraintValidator<NotBlankIfPresent, String> {

  /** Creates the validator; Jakarta Validation calls this. */
  public NotBlankIfPresentValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return true;
      }
    }
    return false;
  }
}
