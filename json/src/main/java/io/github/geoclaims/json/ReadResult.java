package io.github.geoclaims.json;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a lenient read: the model object, and the problems found in it that did not prevent building it
 * (unknown properties kept as extensions, non-standard vocabulary values, broken model rules).
 *
 * <pre>{@code
 * ReadResult<ClaimDocument> result = GeoClaimsJson.standard().readLenient(json);
 * ClaimDocument document = result.document();
 * result.problems().forEach(problem -> log.warn(problem.toString()));
 * }</pre>
 *
 * @param <T> the model type
 */
public final class ReadResult<T> {

  private final T document;
  private final List<JsonProblem> problems;

  /**
   * Creates a result. Public so that the readers of other JSON libraries (the Jackson 3 module,
   * {@code io.github.geoclaims.json3}) return the same type; applications normally only receive results.
   *
   * <pre>{@code
   * ReadResult<ClaimDocument> result = new ReadResult<>(document, problems);
   * }</pre>
   *
   * @param document the object read
   * @param problems the problems found, possibly empty
   */
  public ReadResult(T document, List<JsonProblem> problems) {
    this.document = Objects.requireNonNull(document, "document");
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the object read.
   *
   * <pre>{@code
   * ClaimDocument document = result.document();
   * }</pre>
   */
  public T document() {
    return document;
  }

  /**
   * Returns the problems found, in the order of {@link GeoClaimsJsonException#getProblems()}; empty if the input
   * would also pass a strict read.
   *
   * <pre>{@code
   * if (!result.problems().isEmpty()) { ... }
   * }</pre>
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns {@code true} if no problem was found.
   *
   * <pre>{@code
   * boolean clean = result.isClean();
   * }</pre>
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** Returns a summary with the number of problems. */
  @Override
  public String toString() {
    return "ReadResult[" + document.getClass().getSimpleName() + ", " + problems.size() + " problems]";
  }
}
