package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.ConsistentAttributionChains;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link ConsistentAttributionChains}. */
public final class ConsistentAttributionChainsValidator
    implements ConstraintValidator<ConsistentAttributionChains, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public ConsistentAttributionChainsValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof Claim claim)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    List<Attribution> attributions = claim.getAttributions();
    for (int i = 0; i < attributions.size(); i++) {
      Attribution attribution = attributions.get(i);
      if (attribution.getRelayedFrom().isEmpty()) {
        continue;
      }
      String upstream = attribution.getRelayedFrom().get();
      String path = "attributions[" + i + "].relayedFrom";
      if (claim.findAttribution(upstream).isEmpty()) {
        report.add(ViolationCode.REFERENCE_UNRESOLVED, path,
            "relayedFrom " + ConstraintReport.quoted(upstream) + " is not an attribution of the same claim");
        continue;
      }
      List<Attribution> chain = claim.chainOf(attribution);
      Attribution last = chain.get(chain.size() - 1);
      if (last.getRelayedFrom().isPresent() && claim.findAttribution(last.getRelayedFrom().get()).isPresent()) {
        report.add(ViolationCode.CHAIN_CYCLE, path, "following relayedFrom from "
            + ConstraintReport.quoted(attribution.getId()) + " comes back to "
            + ConstraintReport.quoted(last.getRelayedFrom().get()) + ": an attribution chain must end at an origin");
      }
    }
    return report.isValid();
  }
}
