package io.github.geoclaims.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.geoclaims.validation.internal.PrecompiledRules;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;

/**
 * Assertions on what {@link GeoClaimsValidator#shared()} reports: codes and paths, not message wording. Each also
 * holds the precompiled pass to the report's verdict, so that every test of a rule tests it both ways.
 */
public final class ValidationAssertions {

  private ValidationAssertions() {}

  /**
   * Returns the violations the shared validator reports for {@code model}, after asserting that the precompiled
   * pass finds the model valid exactly when there are none.
   */
  public static List<Violation> violationsOf(Object model) {
    List<Violation> violations = GeoClaimsValidator.shared().validate(model);
    if (PrecompiledRules.covers(model)) {
      assertThat(PrecompiledRules.isValid(model)).as("verdict of the precompiled pass, given %s", violations)
          .isEqualTo(violations.isEmpty());
    }
    return violations;
  }

  /** Asserts that {@code model} has no violation at all. */
  public static void assertValid(Object model) {
    assertThat(violationsOf(model)).as("violations of a valid object").isEmpty();
  }

  /** Asserts that {@code model} breaks exactly one rule, with this code at this path. */
  public static Violation assertOnlyViolation(Object model, ViolationCode code, String path) {
    List<Violation> violations = violationsOf(model);
    assertThat(violations).extracting(Violation::code, Violation::path).containsExactly(tuple(code, path));
    return violations.get(0);
  }

  /** Returns an assertion on the (code, path) pairs of the violations of {@code model}. */
  public static ListAssert<Tuple> assertViolations(Object model) {
    List<Tuple> pairs = violationsOf(model).stream().map(v -> tuple(v.code(), v.path())).toList();
    return assertThat(pairs);
  }

  /** Returns the (code, path) pair the assertions compare. */
  public static Tuple violation(ViolationCode code, String path) {
    return tuple(code, path);
  }
}
