package io.github.geoclaims.validation;

import java.util.Objects;

/**
 * One broken rule: where ({@link #path()}, such as {@code claims[3].attributions[0].quote}), which rule
 * ({@link #code()}, stable), and what is wrong in words a person can act on ({@link #message()}).
 *
 * @param path the property path from the validated object, empty for the object itself
 * @param code the stable violation code
 * @param message the human-readable explanation
 */
public record Violation(String path, ViolationCode code, String message) {

  /**
   * Creates a violation.
   *
   * @param path the property path
   * @param code the code
   * @param message the message
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** Returns the violation as {@code path: message [code]}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(root)" : path) + ": " + message + " [" + code.code() + "]";
  }
}
