package io.github.geoclaims.corpus;

import io.github.geoclaims.validation.ViolationCode;
import java.util.Objects;

/**
 * A problem that only shows across documents: a reference to another document that the corpus cannot resolve, a
 * relay chain that comes back to itself across documents, two documents with one identifier. It names the document
 * and the JSON Pointer of the offending value in it.
 *
 * @param document the identifier of the document holding the offending value
 * @param pointer the JSON Pointer of the value in that document, such as {@code /claims/3/attributions/1/relayedFrom}
 * @param code the stable code
 * @param message what is wrong, in words a person can act on
 */
public record CorpusProblem(String document, String pointer, ViolationCode code, String message) {

  /**
   * Creates a problem.
   *
   * @param document the document
   * @param pointer the JSON Pointer
   * @param code the code
   * @param message the message
   */
  public CorpusProblem {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the property path of the value within its document, such as {@code claims[3].attributions[1].relayedFrom}.
   *
   * @return the path, {@code ""} for the document itself
   */
  public String pathInDocument() {
    StringBuilder path = new StringBuilder();
    for (String segment : pointer.substring(1).split("/")) {
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        path.append('[').append(segment).append(']');
      } else if (!segment.isEmpty()) {
        path.append(path.length() == 0 ? "" : ".").append(segment);
      }
    }
    return path.toString();
  }

  /** Returns {@code document pointer: message [code]}. */
  @Override
  public String toString() {
    return document + " " + pointer + ": " + message + " [" + code.code() + "]";
  }
}
