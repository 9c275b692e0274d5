package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.UniqueIdentifiers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Validates {@link UniqueIdentifiers}. */
public final class UniqueIdentifiersValidator implements ConstraintValidator<UniqueIdentifiers, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public UniqueIdentifiersValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof ClaimDocument document)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    checkUnique(report, "actors", document.getActors(), Actor::getId);
    checkUnique(report, "sources", document.getSources(), Source::getId);
    checkUnique(report, "claims", document.getClaims(), Claim::getId);
    Map<String, Attributions.Position> attributionPositions = new HashMap<>();
    Attributions.forEach(document, (position, attribution) -> {
      Attributions.Position first = attributionPositions.putIfAbsent(attribution.getId(), position);
      if (first != null) {
        report.add(ViolationCode.IDENTIFIER_DUPLICATE, position.path() + ".id", "attribution id "
            + ConstraintReport.quoted(attribution.getId()) + " is already used at " + first.path());
      }
    });
    return report.isValid();
  }

  private static <T> void checkUnique(
      ConstraintReport report, String collection, List<T> items, Function<T, String> id) {
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer first = firstIndex.putIfAbsent(id.apply(items.get(i)), i);
      if (first != null) {
        report.add(ViolationCode.IDENTIFIER_DUPLICATE, collection + "[" + i + "].id", "id "
            + ConstraintReport.quoted(id.apply(items.get(i))) + " is already used at " + collection + "[" + first + "]");
      }
    }
  }
}
