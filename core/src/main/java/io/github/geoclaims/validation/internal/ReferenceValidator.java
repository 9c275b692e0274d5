package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.Reference;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Reference}: an identifier, or two identifiers joined by one slash. */
public final class ReferenceValidator implements ConstraintValidator<Reference, String> {

  private final IdentifierValidator identifier = new IdentifierValidator();

  /** Creates the validator; Jakarta Validation calls this. */
  public ReferenceValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int slash = value.indexOf('/');
    if (slash < 0) {
      return identifier.isValid(value, context);
    }
    return identifier.isValid(value.substring(0, slash), context)
        && identifier.isValid(value.substring(slash + 1), context);
  }
}
