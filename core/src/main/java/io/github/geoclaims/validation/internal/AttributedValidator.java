package io.github.geoclaims.validation.internal;

import io.github.geoclaims.validation.constraints.Attributed;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/** Validates {@link Attributed}: the attributions are not {@code null} and not empty. */
public final class AttributedValidator implements ConstraintValidator<Attributed, Collection<?>> {

  /** Creates the validator; Jakarta Validation calls this. */
  public AttributedValidator() {}

  @Override
  public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
    return value != null && !value.isEmpty();
  }
}
