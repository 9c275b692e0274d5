package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.ConsistentQuantity;
import io.github.geoclaims.validation.constraints.NotBlank;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number of something, with the bounds the text gives: "more than a thousand containers" has an exclusive minimum
 * of 1000, not the value 1000. Bounds follow the JSON Schema words ({@code minimum}, {@code exclusiveMinimum}, ...).
 *
 * <pre>{@code
 * Quantity containers = Quantity.builder()
 *     .unit("containers").exclusiveMinimum(new BigDecimal("1000")).text("more than a thousand").build();
 * Quantity countries = Quantity.builder().unit("countries").value(new BigDecimal("47")).build();
 * }</pre>
 */
@Value.Immutable
@ConsistentQuantity
abstract class AbstractQuantity {

  /** Returns what is counted or measured, such as {@code containers} or {@code hours}. */
  @NotBlank
  public abstract String getUnit();

  /** Returns the value, when the text gives one number. */
  public abstract Optional<BigDecimal> getValue();

  /** Returns the inclusive lower bound ("at least"). */
  public abstract Optional<BigDecimal> getMinimum();

  /** Returns the exclusive lower bound ("more than"). */
  public abstract Optional<BigDecimal> getExclusiveMinimum();

  /** Returns the inclusive upper bound ("at most", "up to"). */
  public abstract Optional<BigDecimal> getMaximum();

  /** Returns the exclusive upper bound ("fewer than"). */
  public abstract Optional<BigDecimal> getExclusiveMaximum();

  /** Returns {@code true} if the number is approximate ("about five hours", "dozens"). */
  @Value.Default
  public boolean isApproximate() {
    return false;
  }

  /** Returns the quantity as the text words it, such as "more than a thousand". */
  public abstract Optional<@NotBlankIfPresent String> getText();

  /** Returns the lower bound, inclusive or exclusive, if any. */
  public final Optional<BigDecimal> lowerBound() {
    return getMinimum().or(this::getExclusiveMinimum).or(this::getValue);
  }

  /** Returns the upper bound, inclusive or exclusive, if any. */
  public final Optional<BigDecimal> upperBound() {
    return getMaximum().or(this::getExclusiveMaximum).or(this::getValue);
  }
}
