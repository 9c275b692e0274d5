package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** Validates {@link CountryCode} against the ISO 3166-1 alpha-2 codes the JDK knows, plus {@code XK} (Kosovo). */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  private static final Set<String> CODES = codes();

  /** Creates the validator; Jakarta Validation calls this. */
  public CountryCodeValidator() {}

  private static Set<String> codes() {
    Set<String> codes = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    codes.add("XK");
    return Set.copyOf(codes);
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || CODES.contains(value);
  }
}
