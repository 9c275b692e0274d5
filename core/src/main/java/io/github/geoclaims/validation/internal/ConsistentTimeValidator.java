package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.TimeSpec.AT;
import static io.github.geoclaims.model.meta.PropertyNames.TimeSpec.START;

import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.ConsistentTime;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentTime}. */
public final class ConsistentTimeValidator implements ConstraintValidator<ConsistentTime, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public ConsistentTimeValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof TimeSpec time)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    boolean interval = time.getStart().isPresent() || time.getEnd().isPresent();
    if (time.getAt().isEmpty() && !interval && time.getExpression().isEmpty()) {
      report.add(ViolationCode.TIME_EMPTY, "",
          "a time needs a point (at), an interval (start, end) or at least the expression the text uses");
    }
    if (time.getAt().isPresent() && interval) {
      report.add(ViolationCode.TIME_AMBIGUOUS, AT, "give either a point (at) or an interval (start, end), not both");
    }
    if (time.getStart().isPresent() && time.getEnd().isPresent()) {
      TimePoint start = time.getStart().get();
      TimePoint end = time.getEnd().get();
      if (start.isCertainlyAfter(end)) {
        report.add(ViolationCode.TIME_INTERVAL_REVERSED, START,
            "the interval starts (" + start + ") after it ends (" + end + ")");
      }
    }
    return report.isValid();
  }
}
