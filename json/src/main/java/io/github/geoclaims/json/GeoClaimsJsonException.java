package io.github.geoclaims.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when JSON cannot be read into a valid model object. It carries every problem found, structural and
 * semantic, each with a JSON Pointer, a line and column when known, and a stable code.
 *
 * <p>Unchecked, like Jackson 3's {@code JacksonException} and core's {@code InvalidModelException}: bad input is
 * a property of the data, not a recoverable condition of the call site, and reading is often done inside lambdas
 * and streams. It is the only exception the reading methods of {@link GeoClaimsJson} throw for bad content; genuine
 * I/O failures (a missing file) are {@link java.io.UncheckedIOException}s.
 *
 * <pre>{@code
 * try {
 *   ClaimDocument document = GeoClaimsJson.standard().read(json);
 * } catch (GeoClaimsJsonException e) {
 *   e.getProblems().forEach(System.err::println);
 * }
 * }</pre>
 */
public class GeoClaimsJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before it says "and N more". */
  private static final int LISTED = 20;

  private final transient List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * <pre>{@code
   * throw new GeoClaimsJsonException(List.of(problem));
   * }</pre>
   *
   * @param problems the problems, not empty
   */
  public GeoClaimsJsonException(List<JsonProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, structural ones first in document order, then the model's violations.
   *
   * <pre>{@code
   * List<JsonProblem> problems = exception.getProblems();
   * }</pre>
   */
  public List<JsonProblem> getProblems() {
    return problems;
  }

  private static String describe(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    String listed = problems.stream().limit(LISTED).map(p -> "  " + p).collect(Collectors.joining("\n"));
    int more = problems.size() - LISTED;
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " reading geoclaims JSON:\n"
        + listed + (more > 0 ? "\n  ... and " + more + " more" : "");
  }
}
