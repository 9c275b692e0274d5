package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.Attribution.STATED_AT;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.StatementsNotAfterPublication;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Validates {@link StatementsNotAfterPublication}: a statement's earliest possible time against publication. */
public final class StatementsNotAfterPublicationValidator
    implements ConstraintValidator<StatementsNotAfterPublication, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public StatementsNotAfterPublicationValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof ClaimDocument document)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    Attributions.forEach(document, (position, attribution) -> {
      Optional<TimePoint> stated = attribution.getStatedAt().flatMap(TimeSpec::earliest);
      Optional<TimePoint> published = document.findSource(attribution.getSource()).flatMap(Source::getPublishedAt);
      if (stated.isPresent() && published.isPresent() && stated.get().isCertainlyAfter(published.get())) {
        report.add(ViolationCode.TIME_STATEMENT_AFTER_PUBLICATION, position.path() + "." + STATED_AT,
            "the statement is dated " + stated.get() + ", after its source "
                + ConstraintReport.quoted(attribution.getSource()) + " was published (" + published.get() + ")");
      }
    });
    return report.isValid();
  }
}
