package io.github.geoclaims.validation.validators;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;

/**
 * A context for a verdict only, which {@link PrecompiledRules} passes to every validator: the library's validators
 * call {@link #disableDefaultConstraintViolation()} before they report a violation, so it stops validation there
 * with {@link Violated} instead of building a report. Validators that only return {@code false} never touch it.
 */
final class VerdictContext implements ConstraintValidatorContext {

  /** The one instance: it holds no state. */
  static final VerdictContext INSTANCE = new VerdictContext();

  private VerdictContext() {}

  @Override
  public void disableDefaultConstraintViolation() {
    throw new Violated();
  }

  @Override
  public String getDefaultConstraintMessageTemplate() {
    throw new Violated();
  }

  @Override
  public ClockProvider getClockProvider() {
    throw new UnsupportedOperationException("The library's validators do not read the clock");
  }

  @Override
  public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
    throw new Violated();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new UnsupportedOperationException("A verdict context wraps no provider context");
  }

  /** Thrown when a validator starts to report: the verdict is known. */
  static final class Violated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Violated() {
      super(null, null, false, false);
    }
  }
}
