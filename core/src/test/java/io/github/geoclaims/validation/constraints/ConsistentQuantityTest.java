package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.shipped;
import static io.github.geoclaims.model.SampleDocuments.withClaim;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static io.github.geoclaims.validation.ValidationAssertions.assertViolations;
import static io.github.geoclaims.validation.ValidationAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.validation.ViolationCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ConsistentQuantityTest {

  private static Quantity.Builder containers() {
    return Quantity.builder().unit("containers");
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void acceptsValueOrBoundsAlone() {
    assertValid(containers().value(n("47")).build());
    assertValid(containers().exclusiveMinimum(n("1000")).build());
    assertValid(containers().maximum(n("5")).build());
    assertValid(containers().exclusiveMaximum(n("5")).build());
    assertValid(containers().minimum(n("1")).maximum(n("5")).build());
    assertValid(containers().exclusiveMinimum(n("1")).exclusiveMaximum(n("5")).build());
  }

  @Test
  void acceptsEqualBoundsWrittenWithDifferentScales() {
    assertValid(containers().minimum(n("5.0")).maximum(n("5")).build());
  }

  @Test
  void rejectsQuantityWithoutValueOrBound() {
    assertOnlyViolation(withClaim(shipped().withQuantities(containers().text("many").build())),
        ViolationCode.QUANTITY_EMPTY, "claims[0].quantities[0]");
  }

  @Test
  void rejectsValueTogetherWithLowerBound() {
    assertOnlyViolation(withClaim(shipped().withQuantities(containers().value(n("5")).minimum(n("1")).build())),
        ViolationCode.QUANTITY_CONFLICTING, "claims[0].quantities[0].value");
  }

  @Test
  void rejectsValueTogetherWithUpperBound() {
    assertOnlyViolation(containers().value(n("5")).exclusiveMaximum(n("10")).build(),
        ViolationCode.QUANTITY_CONFLICTING, "value");
  }

  @Test
  void rejectsMinimumTogetherWithExclusiveMinimum() {
    assertOnlyViolation(containers().minimum(n("1")).exclusiveMinimum(n("2")).build(),
        ViolationCode.QUANTITY_CONFLICTING, "minimum");
  }

  @Test
  void rejectsMaximumTogetherWithExclusiveMaximum() {
    assertOnlyViolation(containers().maximum(n("9")).exclusiveMaximum(n("10")).build(),
        ViolationCode.QUANTITY_CONFLICTING, "maximum");
  }

  @Test
  void rejectsLowerBoundAboveUpperBound() {
    var violation = assertOnlyViolation(
        withClaim(shipped().withQuantities(containers().minimum(n("10")).maximum(n("5")).build())),
        ViolationCode.QUANTITY_BOUNDS_REVERSED, "claims[0].quantities[0]");
    assertThat(violation.message()).isEqualTo("the lower bound 10 is above the upper bound 5");
  }

  @Test
  void rejectsExclusiveLowerBoundAboveExclusiveUpperBound() {
    assertOnlyViolation(containers().exclusiveMinimum(n("1E+3")).exclusiveMaximum(n("999.5")).build(),
        ViolationCode.QUANTITY_BOUNDS_REVERSED, "");
  }

  @Test
  void reportsEveryConflictOfOneQuantity() {
    Quantity quantity = containers().value(n("1")).minimum(n("3")).exclusiveMinimum(n("3"))
        .maximum(n("2")).exclusiveMaximum(n("2")).build();
    assertViolations(quantity).containsExactly(
        violation(ViolationCode.QUANTITY_BOUNDS_REVERSED, ""),
        violation(ViolationCode.QUANTITY_CONFLICTING, "maximum"),
        violation(ViolationCode.QUANTITY_CONFLICTING, "minimum"),
        violation(ViolationCode.QUANTITY_CONFLICTING, "value"));
  }
}
