package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.ConsistentTime;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When something happened or was said, exactly as precisely as the text says it: a point ({@code at}), an interval
 * ({@code start} and/or {@code end}), or only a relative expression such as "earlier this month", which may be
 * kept alongside the point or interval it was resolved to.
 *
 * <pre>{@code
 * TimeSpec.builder().at(TimePoint.parse("2023-08")).build();             // August 2023
 * TimeSpec.builder().expression("earlier this month").build();           // publication date unknown
 * TimeSpec.builder().start(TimePoint.parse("2022")).build();             // since 2022
 * }</pre>
 */
@Value.Immutable
@ConsistentTime
abstract class AbstractTimeSpec {

  /** Returns the point in time, with its precision. */
  public abstract Optional<TimePoint> getAt();

  /** Returns the start of an interval. */
  public abstract Optional<TimePoint> getStart();

  /** Returns the end of an interval. */
  public abstract Optional<TimePoint> getEnd();

  /** Returns the time as the text expresses it, such as "earlier this month" or "recently". */
  public abstract Optional<@NotBlankIfPresent String> getExpression();

  /**
   * Returns a specification of one point in time.
   *
   * @param at the point
   * @return the time specification
   */
  public static TimeSpec at(TimePoint at) {
    return TimeSpec.builder().at(at).build();
  }

  /**
   * Returns a specification known only by its wording.
   *
   * @param expression the wording, such as "earlier this month"
   * @return the time specification
   */
  public static TimeSpec expressed(String expression) {
    return TimeSpec.builder().expression(expression).build();
  }

  /** Returns the earliest point this specification names: {@code at}, else {@code start}. */
  public final Optional<TimePoint> earliest() {
    Optional<TimePoint> at = getAt();
    return at.isPresent() ? at : getStart();
  }
}
