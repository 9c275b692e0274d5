package io.github.geoclaims.validation.internal;

import io.github.geoclaims.model.Term;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.KnownTerm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link KnownTerm}: the value is standard or a well-formed {@code x-} extension. */
public final class KnownTermValidator implements ConstraintValidator<KnownTerm, Term> {

  /** Creates the validator; Jakarta Validation calls this. */
  public KnownTermValidator() {}

  @Override
  public boolean isValid(Term value, ConstraintValidatorContext context) {
    if (value == null || value.isKnown()) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    report.add(ViolationCode.TERM_UNKNOWN, "", ConstraintReport.quoted(value.value())
        + " is not a standard " + vocabularyName(value) + "; use a standard value or an extension value"
        + " starting with " + Term.EXTENSION_PREFIX + " (lower-case words joined by hyphens)");
    return report.isValid();
  }

  private static String vocabularyName(Term value) {
    return value.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
