package io.github.geoclaims.json;

import io.github.geoclaims.validation.ViolationCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while reading JSON: where it is (a JSON Pointer, and the line and column when known), what
 * kind it is (a stable {@link #code()}), and what to do about it ({@link #message()}).
 *
 * <p>Structural problems have codes starting with {@code json.} ({@code json.type}, {@code json.required},
 * {@code json.unknown-property}, ...); semantic problems carry the core's {@link ViolationCode} strings
 * ({@code anchor.text-mismatch}, ...), with the core's property path mapped to a pointer. The codes are listed in
 * {@code docs/wire-format.md}.
 *
 * <pre>{@code
 * for (JsonProblem problem : exception.getProblems()) {
 *   System.err.println(problem);   // /claims/0/id (line 7, column 13): Expected a string but was a number [json.type]
 * }
 * }</pre>
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole document
 * @param line the 1-based line, or -1 when unknown
 * @param column the 1-based column, or -1 when unknown
 * @param code the stable code, such as {@code json.type} or {@code anchor.text-mismatch}
 * @param message what is wrong, naming the pointer and what was expected
 */
public record JsonProblem(String pointer, int line, int column, String code, String message) {

  /**
   * The stable codes of structural problems, in the order of the table in {@code docs/wire-format.md}. Together with
   * the core's {@link ViolationCode} strings they are every code a problem can carry; new ones are only added.
   */
  public static final List<String> STRUCTURAL_CODES = List.of("json.syntax", "json.encoding", "json.empty",
      "json.type", "json.required", "json.unknown-property", "json.duplicate-key", "json.trailing-content",
      "json.unsupported-version", "json.time", "json.number", "json.limit", "json.stream-order");

  /**
   * Creates a problem.
   *
   * <pre>{@code
   * new JsonProblem("/claims/0/id", 7, 13, "json.type", "Expected a string but was a number at /claims/0/id");
   * }</pre>
   *
   * @param pointer the JSON Pointer
   * @param line the line, or -1
   * @param column the column, or -1
   * @param code the code
   * @param message the message
   */
  public JsonProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns {@code true} for a problem of the JSON structure ({@code json.*}), {@code false} for a broken rule of
   * the model (a core violation).
   *
   * <pre>{@code
   * boolean structural = problem.isStructural();
   * }</pre>
   */
  public boolean isStructural() {
    return code.startsWith("json.");
  }

  /**
   * Returns the core's violation code for a semantic problem.
   *
   * <pre>{@code
   * problem.violationCode().ifPresent(code -> ...);   // ViolationCode.ANCHOR_TEXT_MISMATCH
   * }</pre>
   *
   * @return the violation code, or empty for a structural problem
   */
  public Optional<ViolationCode> violationCode() {
    return ViolationCode.fromCode(code);
  }

  /**
   * Returns the message without the closing words that name the pointer again ({@code " at /claims/0/id"},
   * {@code " at the top level"} or {@code " (reading /claims/0)"}), for a line that shows the pointer on its own,
   * as {@link #toString()} and the command line tool do. A message that names the pointer elsewhere is returned
   * whole.
   *
   * <pre>{@code
   * problem.message();   // "Expected a string but was a number at /claims/0/id"
   * problem.detail();    // "Expected a string but was a number"
   * }</pre>
   *
   * @return the message, naming the pointer at most where it is not its last words
   */
  public String detail() {
    for (String suffix : pointer.isEmpty()
        ? List.of(" at the top level")
        : List.of(" at " + pointer, " (reading " + pointer + ")")) {
      if (message.endsWith(suffix) && message.length() > suffix.length()) {
        return message.substring(0, message.length() - suffix.length());
      }
    }
    return message;
  }

  /**
   * Returns {@code pointer (line L, column C): detail [code]}, naming the pointer once ({@link #detail()}).
   *
   * <pre>{@code
   * "/claims/0/id (line 7, column 13): Expected a string but was a number [json.type]"
   * }</pre>
   */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(root)" : pointer;
    if (line > 0) {
      where += " (line " + line + (column > 0 ? ", column " + column : "") + ")";
    }
    return where + ": " + detail() + " [" + code + "]";
  }
}
