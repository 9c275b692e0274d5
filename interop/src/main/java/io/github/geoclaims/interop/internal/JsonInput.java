package io.github.geoclaims.interop.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the properties of a parsed input and collects its problems in the style of {@code geoclaims validate}: a
 * JSON Pointer, a stable code ({@code json.type}, {@code json.required}, or a core violation code) and a message
 * that says what was expected. One cause gives one problem: a property of the wrong type is reported once, and the
 * value read stays absent.
 */
public final class JsonInput {

  private final List<JsonProblem> problems = new ArrayList<>();

  /** Creates a reader with no problems yet. */
  public JsonInput() {}

  /**
   * Returns a property as a string, if present and not {@code null}.
   *
   * @param parent the object
   * @param name the property name
   * @param pointer the parent's JSON Pointer
   * @return the string, or empty when absent, or when not a string (then a {@code json.type} problem is recorded)
   */
  public Optional<String> string(JsonNode parent, String name, String pointer) {
    JsonNode value = parent.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      typeProblem(pointer + "/" + name, "a string", value);
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  /**
   * Returns a required property as a string that is not blank.
   *
   * @param parent the object
   * @param name the property name
   * @param pointer the parent's JSON Pointer
   * @param why what the value is needed for, ending the message of a {@code json.required} problem
   * @return the string, or empty with a recorded problem
   */
  public Optional<String> requiredString(JsonNode parent, String name, String pointer, String why) {
    Optional<String> value = string(parent, name, pointer);
    if (value.isEmpty() && !parent.hasNonNull(name)) {
      add(pointer + "/" + name, "json.required", "Expected a string '" + name + "' " + why + " at " + pointer
          + "/" + name);
      return Optional.empty();
    }
    if (value.isPresent() && value.get().isBlank()) {
      add(pointer + "/" + name, "value.blank", "Expected text in '" + name + "' " + why + " but it is blank at "
          + pointer + "/" + name);
      return Optional.empty();
    }
    return value;
  }

  /**
   * Returns a property as a non-negative integer, if present.
   *
   * @param parent the object
   * @param name the property name
   * @param pointer the parent's JSON Pointer
   * @return the integer, or empty when absent, or when not a non-negative integer (then a problem is recorded)
   */
  public Optional<Integer> count(JsonNode parent, String name, String pointer) {
    JsonNode value = parent.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
      typeProblem(pointer + "/" + name, "a non-negative integer", value);
      return Optional.empty();
    }
    return Optional.of(value.intValue());
  }

  /**
   * Records that a value has the wrong JSON type.
   *
   * @param pointer the value's pointer
   * @param expected what was expected, such as {@code "an object"}
   * @param actual the value found
   */
  public void typeProblem(String pointer, String expected, JsonNode actual) {
    add(pointer, "json.type", "Expected " + expected + " but was " + describe(actual) + " at " + pointer);
  }

  /**
   * Records a problem.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param code the stable code
   * @param message what is wrong and what was expected
   */
  public void add(String pointer, String code, String message) {
    problems.add(new JsonProblem(pointer, -1, -1, code, message));
  }

  /**
   * Records the model's violations of a document built from the input, each at the pointer of the input value the
   * offending object came from: the longest origin whose geoclaims pointer starts the violation's pointer (on a
   * segment boundary), else the violation's pointer in the geoclaims document. The message names the geoclaims
   * pointer too, so that the rule broken is clear in the document's terms.
   *
   * @param violations the violations
   * @param origins the input pointer of each object built, by its pointer in the geoclaims document
   *     ({@code /claims/0})
   */
  public void addAll(List<Violation> violations, Map<String, String> origins) {
    for (Violation violation : violations) {
      String built = violation.pointer();
      String origin = null;
      for (String key : origins.keySet()) {
        boolean starts = built.equals(key) || built.startsWith(key + "/");
        if (starts && (origin == null || key.length() > origin.length())) {
          origin = key;
        }
      }
      String pointer = origin == null ? built : origins.get(origin);
      add(pointer, violation.code().code(), violation.message() + " (geoclaims " + built + ")"
          + (pointer.isEmpty() ? " at the top level" : " at " + pointer));
    }
  }

  /**
   * Ends the read if any problem was recorded.
   *
   * @throws GeoClaimsJsonException with every problem recorded
   */
  public void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new GeoClaimsJsonException(problems);
    }
  }

  /** Returns {@code true} if a problem was recorded. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * Names the JSON type of a value for a message: {@code "a number"}, {@code "an array"}, ...
   *
   * @param value the value
   * @return the description
   */
  public static String describe(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
