package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.Attribution.RELAYED_FROM;
import static io.github.geoclaims.model.meta.PropertyNames.Claim.ATTRIBUTIONS;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.QualifiedId;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.ConsistentAttributionChains;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;

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
      if (upstream.indexOf(QualifiedId.SEPARATOR) >= 0) {
        continue; // an attribution of another document: a corpus resolves it
      }
      String path = ATTRIBUTIONS + "[" + i + "]." + RELAYED_FROM;
      if (claim.findAttribution(upstream).isEmpty()) {
        report.add(ViolationCode.REFERENCE_UNRESOLVED, path,
            "relayedFrom " + ConstraintReport.quoted(upstream) + " is not an attribution of the same claim");
        continue;
      }
      // The claim resolves every chain once: the origin costs constant time, however long the chain.
      Attribution origin = claim.originOf(attribution);
      Optional<String> back = origin.getRelayedFrom();
      if (back.isPresent() && claim.findAttribution(back.get()).isPresent()) {
        report.add(ViolationCode.CHAIN_CYCLE, path, "following relayedFrom from "
            + ConstraintReport.quoted(attribution.getId()) + " comes back to "
            + ConstraintReport.quoted(back.get()) + ": an attribution chain must end at an origin");
      }
    }
    return report.isValid();
  }
}
