package io.github.geoclaims.json;

import io.github.geoclaims.model.ClaimDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a JSON Lines file of documents, read: its line number, and either the valid document it holds or the
 * problems that kept it from being one. A bad line is reported here and does not end the reading of the next ones.
 *
 * <pre>{@code
 * DocumentLine line = lines.next();
 * line.document().ifPresentOrElse(corpus::add,
 *     () -> line.problems().forEach(problem -> log.warn("line " + line.number() + ": " + problem)));
 * }</pre>
 *
 * @param number the line's number in the file, from 1
 * @param document the document, valid by every rule of the model; empty when the line has problems
 * @param problems the problems of the line (pointers and columns within the line); empty when it holds a document
 */
public record DocumentLine(long number, Optional<ClaimDocument> document, List<JsonProblem> problems) {

  /**
   * Creates a line; exactly one of a document and problems.
   *
   * @param number the line number, from 1
   * @param document the document, or empty
   * @param problems the problems, or empty
   * @throws IllegalArgumentException if there is both a document and problems, or neither
   */
  public DocumentLine {
    Objects.requireNonNull(document, "document");
    problems = List.copyOf(problems);
    if (document.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("A document line holds either a document or problems, not both or neither");
    }
  }

  /** Returns {@code true} if the line holds a valid document. */
  public boolean isValid() {
    return document.isPresent();
  }
}
