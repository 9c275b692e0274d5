package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.WikidataId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link WikidataId}: {@code Q[1-9][0-9]*}, written out as a loop. */
public final class WikidataIdValidator implements ConstraintValidator<WikidataId, String> {

  /** Creates the validator; Jakarta Validation calls this. */
  public WikidataIdValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (value.length() < 2 || value.charAt(0) != 'Q' || value.charAt(1) < '1' || value.charAt(1) > '9') {
      return false;
    }
    for (int i = 2; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
