package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Validates {@link LanguageTag}: a well-formed BCP 47 tag whose primary language is a known ISO 639 code. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

  /** Creates the validator; Jakarta Validation calls this. */
  public LanguageTagValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(value).build();
      return !locale.getLanguage().isEmpty() && locale.getISO3Language() != null;
    } catch (IllformedLocaleException | java.util.MissingResourceException e) {
      return false;
    }
  }
}
