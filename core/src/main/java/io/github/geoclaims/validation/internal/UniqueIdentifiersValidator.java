package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.ACTORS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.CLAIMS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.COMMUNICATIONS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.SOURCES;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.meta.PropertyNames;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.UniqueIdentifiers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Validates {@link UniqueIdentifiers}. One hash pass per kind of object; each identifier used more than once is
 * reported once, at the first place that repeats it, with the place that used it first, the next
 * {@value #LISTED} places that repeat it and how many times it is used in all: 10,000 attributions sharing one id
 * make one violation of bounded length, not 9,999.
 */
public final class UniqueIdentifiersValidator implements ConstraintValidator<UniqueIdentifiers, Object> {

  /** How many places that repeat an identifier, after the first, a message lists. */
  static final int LISTED = 10;

  /** Creates the validator; Jakarta Validation calls this. */
  public UniqueIdentifiersValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof ClaimDocument document)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    reportRepeats(report, "", PropertyNames.Actor.ID, indexed(document.getActors(), Actor::getId),
        index -> ACTORS + "[" + index + "]");
    reportRepeats(report, "", PropertyNames.Source.ID, indexed(document.getSources(), Source::getId),
        index -> SOURCES + "[" + index + "]");
    reportRepeats(report, "", PropertyNames.Communication.ID, indexed(document.getCommunications(),
        Communication::getId), index -> COMMUNICATIONS + "[" + index + "]");
    reportRepeats(report, "", PropertyNames.Claim.ID, indexed(document.getClaims(), Claim::getId),
        index -> CLAIMS + "[" + index + "]");
    Uses<Attributions.Position> attributions = new Uses<>();
    Attributions.forEach(document, (position, attribution) -> attributions.add(attribution.getId(), position));
    reportRepeats(report, "attribution ", PropertyNames.Attribution.ID, attributions, Attributions.Position::path);
    return report.isValid();
  }

  private static <T> Uses<Integer> indexed(List<T> items, Function<T, String> id) {
    Uses<Integer> uses = new Uses<>();
    for (int i = 0; i < items.size(); i++) {
      uses.add(id.apply(items.get(i)), i);
    }
    return uses;
  }

  /**
   * Reports each identifier used more than once by one kind of object.
   *
   * @param report where to report
   * @param kind what the message says before the identifier's name: {@code ""}, or {@code "attribution "}
   * @param id the name of the objects' identifier property
   * @param uses where each identifier is used
   * @param path the path of the object at a place
   */
  private static <P> void reportRepeats(
      ConstraintReport report, String kind, String id, Uses<P> uses, Function<P, String> path) {
    for (Map.Entry<String, Use<P>> entry : uses.repeated()) {
      Use<P> use = entry.getValue();
      StringBuilder message = new StringBuilder(kind).append(id).append(' ')
          .append(ConstraintReport.quoted(entry.getKey()))
          .append(" is already used at ").append(path.apply(use.first));
      if (use.count > 2) {
        message.append("; it is used ").append(use.count).append(" times in all, also at ");
        List<P> listed = use.repeats.subList(1, use.repeats.size());
        for (int i = 0; i < listed.size(); i++) {
          message.append(i == 0 ? "" : ", ").append(path.apply(listed.get(i)));
        }
        int unlisted = use.count - 1 - use.repeats.size();
        if (unlisted > 0) {
          message.append(" and ").append(unlisted).append(" more");
        }
      }
      report.add(ViolationCode.IDENTIFIER_DUPLICATE, path.apply(use.repeats.get(0)) + "." + id, message.toString());
    }
  }

  /** Where each identifier of one kind of object is used: one hash table, one entry per distinct identifier. */
  private static final class Uses<P> {
    private final Map<String, Use<P>> byId = new HashMap<>();
    private final List<Map.Entry<String, Use<P>>> repeated = new ArrayList<>();

    void add(String id, P place) {
      Use<P> use = byId.get(id);
      if (use == null) {
        byId.put(id, new Use<>(place));
        return;
      }
      if (use.count++ == 1) {
        repeated.add(Map.entry(id, use));
      }
      if (use.repeats.size() <= LISTED) {
        use.repeats.add(place);
      }
    }

    /** Returns the identifiers used more than once, in the order in which they were first repeated. */
    List<Map.Entry<String, Use<P>>> repeated() {
      return repeated;
    }
  }

  /** The uses of one identifier: the first place, the first places that repeat it, and how many places in all. */
  private static final class Use<P> {
    final P first;
    final List<P> repeats = new ArrayList<>(1);
    int count = 1;

    Use(P first) {
      this.first = first;
    }
  }
}
