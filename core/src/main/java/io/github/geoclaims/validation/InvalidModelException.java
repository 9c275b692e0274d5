package io.github.geoclaims.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link GeoClaimsValidator#requireValid(Object)}: carries every violation found, not just the first. */
public class InvalidModelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations, not empty
   */
  public InvalidModelException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  /** Returns every violation found, in path order. */
  public List<Violation> getViolations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    return violations.size() + (violations.size() == 1 ? " violation" : " violations") + ":\n"
        + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
  }
}
