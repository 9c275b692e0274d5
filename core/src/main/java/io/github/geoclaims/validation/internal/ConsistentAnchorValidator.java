package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.TextAnchor.END;

import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.ConsistentAnchor;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentAnchor}. */
public final class ConsistentAnchorValidator implements ConstraintValidator<ConsistentAnchor, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public ConsistentAnchorValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof TextAnchor anchor)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    if (anchor.getStart() >= anchor.getEnd()) {
      report.add(ViolationCode.ANCHOR_RANGE_INVALID, END,
          "end (" + anchor.getEnd() + ") must be greater than start (" + anchor.getStart() + ")");
    } else {
      int length = anchor.getExact().codePointCount(0, anchor.getExact().length());
      if (anchor.getEnd() - anchor.getStart() != length) {
        report.add(ViolationCode.ANCHOR_LENGTH_MISMATCH, END, "the offsets span "
            + (anchor.getEnd() - anchor.getStart()) + " code points but the exact text has " + length);
      }
    }
    return report.isValid();
  }
}
