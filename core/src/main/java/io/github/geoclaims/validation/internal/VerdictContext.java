package io.github.geoclaims.validation.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;

/**
 * A context for a verdict only, which {@link PrecompiledRules} passes to every validator: the library's validators
 * call {@link #disableDefaultConstraintViolation()} before they report a violation, so it stops validation there
 * with {@link Violated} instead of building a report. Validators that only return {@code false} never touch it.
 *
 * <p>Within a document, the context also carries the document's {@link DocumentScope}, for the checks of its parts.
 */
final class VerdictContext implements ConstraintValidatorContext {

  /** The context outside any document. */
  static final VerdictContext INSTANCE = new VerdictContext(null);

  private final DocumentScope scope;

  private VerdictContext(DocumentScope scope) {
    this.scope = scope;
  }

  /** Returns a context within the document of the given scope. */
  static VerdictContext within(DocumentScope scope) {
    return new VerdictContext(scope);
  }

  /** Returns the scope of the document being checked, or {@code null} outside a document. */
  DocumentScope scope() {
    return scope;
  }

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
