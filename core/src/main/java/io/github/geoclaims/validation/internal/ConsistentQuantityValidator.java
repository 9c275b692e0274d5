package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.Quantity.MAXIMUM;
import static io.github.geoclaims.model.meta.PropertyNames.Quantity.MINIMUM;
import static io.github.geoclaims.model.meta.PropertyNames.Quantity.VALUE;

import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.ConsistentQuantity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Optional;

/** Validates {@link ConsistentQuantity}. */
public final class ConsistentQuantityValidator implements ConstraintValidator<ConsistentQuantity, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public ConsistentQuantityValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof Quantity quantity)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    boolean lower = quantity.getMinimum().isPresent() || quantity.getExclusiveMinimum().isPresent();
    boolean upper = quantity.getMaximum().isPresent() || quantity.getExclusiveMaximum().isPresent();
    if (quantity.getValue().isEmpty() && !lower && !upper) {
      report.add(ViolationCode.QUANTITY_EMPTY, "",
          "a quantity needs a value or a bound (minimum, exclusiveMinimum, maximum, exclusiveMaximum)");
    } else if (quantity.getValue().isPresent() && (lower || upper)) {
      report.add(ViolationCode.QUANTITY_CONFLICTING, VALUE, "give either a value or bounds, not both");
    }
    if (quantity.getMinimum().isPresent() && quantity.getExclusiveMinimum().isPresent()) {
      report.add(ViolationCode.QUANTITY_CONFLICTING, MINIMUM, "give minimum or exclusiveMinimum, not both");
    }
    if (quantity.getMaximum().isPresent() && quantity.getExclusiveMaximum().isPresent()) {
      report.add(ViolationCode.QUANTITY_CONFLICTING, MAXIMUM, "give maximum or exclusiveMaximum, not both");
    }
    Optional<BigDecimal> low = quantity.getMinimum().or(quantity::getExclusiveMinimum);
    Optional<BigDecimal> high = quantity.getMaximum().or(quantity::getExclusiveMaximum);
    if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0) {
      report.add(ViolationCode.QUANTITY_BOUNDS_REVERSED, "",
          "the lower bound " + low.get().toPlainString() + " is above the upper bound " + high.get().toPlainString());
    }
    return report.isValid();
  }
}
