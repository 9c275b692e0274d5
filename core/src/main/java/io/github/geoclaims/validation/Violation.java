package io.github.geoclaims.validation;

import java.util.Objects;

/**
 * One broken rule: where ({@link #pointer()}, the JSON Pointer of the value on the wire, such as
 * {@code /claims/3/attributions/0/quote}; {@link #path()}, the same place as a Java property path,
 * {@code claims[3].attributions[0].quote}), which rule ({@link #code()}, stable), and what is wrong in words a person
 * can act on ({@link #message()}).
 *
 * <p>The pointer is the one place style of the library: a reader's problems, validation's violations, the command
 * line and the Spring Boot starter's problem details all name a value by its JSON Pointer (RFC 6901). The property
 * path is kept for Java code that navigates the model.
 *
 * <pre>{@code
 * for (Violation violation : GeoClaimsValidator.shared().validate(document)) {
 *   System.out.println(violation.pointer() + ": " + violation.message() + " [" + violation.code().code() + "]");
 * }
 * }</pre>
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

  /**
   * Returns the JSON Pointer of the violation's value, the pointer a read of the same document gives the problem:
   * {@code /claims/3/attributions/0/quote}, or {@code ""} for the validated object itself.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointerOf(path);
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of a property path, as {@link #path()} and Jakarta Validation's
   * {@code ConstraintViolation.getPropertyPath().toString()} render it. Indexes become segments, container nodes
   * ({@code <list element>}, {@code <map key>}) add nothing, an extension ({@code extensions<K>[x-batch]}) is the
   * property {@code x-batch} of the same object, since extensions are written inline, and {@code ~} and {@code /} in
   * names are escaped.
   *
   * <pre>{@code
   * Violation.pointerOf("claims[0].attributions[1].quote.exact");   // "/claims/0/attributions/1/quote/exact"
   * }</pre>
   *
   * @param path the property path, {@code ""} for the validated object itself
   * @return the pointer
   */
  public static String pointerOf(String path) {
    Objects.requireNonNull(path, "path");
    StringBuilder pointer = new StringBuilder();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char ch = path.charAt(i);
      if (ch == '.') {
        i++;
      } else if (ch == '<') {
        int close = path.indexOf('>', i);
        i = close < 0 ? n : close + 1;
      } else if (ch == '[') {
        int close = closingBracket(path, i);
        appendSegment(pointer, path.substring(i + 1, close));
        i = close + 1;
      } else {
        int end = i;
        while (end < n && ".[<".indexOf(path.charAt(end)) < 0) {
          end++;
        }
        String name = path.substring(i, end);
        if (!name.equals("extensions")) {
          appendSegment(pointer, name);
        }
        i = end;
      }
    }
    return pointer.toString();
  }

  /** Finds the bracket that closes a key, allowing ']' inside a key when it is not followed by '.', '[' or end. */
  private static int closingBracket(String path, int open) {
    int close = path.indexOf(']', open);
    while (close >= 0 && close + 1 < path.length() && ".[<".indexOf(path.charAt(close + 1)) < 0) {
      close = path.indexOf(']', close + 1);
    }
    return close < 0 ? path.length() - 1 : close;
  }

  /** Appends one segment, with {@code ~} escaped as {@code ~0} and {@code /} as {@code ~1}. */
  private static void appendSegment(StringBuilder pointer, String segment) {
    pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
  }

  /** Returns the violation as {@code pointer: message [code]}, with {@code (root)} for the object itself. */
  @Override
  public String toString() {
    String pointer = pointer();
    return (pointer.isEmpty() ? "(root)" : pointer) + ": " + message + " [" + code.code() + "]";
  }
}
