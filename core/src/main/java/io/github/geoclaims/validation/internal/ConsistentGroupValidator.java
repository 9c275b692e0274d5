package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.Actor.MEMBERS;
import static io.github.geoclaims.model.meta.PropertyNames.Actor.MEMBER_COUNT;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.ConsistentGroup;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;

/** Validates {@link ConsistentGroup}. */
public final class ConsistentGroupValidator implements ConstraintValidator<ConsistentGroup, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public ConsistentGroupValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof Actor actor)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    boolean collective = actor.getKind().equals(ActorKind.GROUP) || actor.getKind().equals(ActorKind.UNNAMED);
    boolean listsMembers = !actor.getMembers().isEmpty() || actor.getMemberCount().isPresent();
    if (listsMembers && !collective && actor.getKind().isStandard()) {
      report.add(ViolationCode.GROUP_INCONSISTENT, MEMBERS,
          "only a group or an unnamed collective has members, but this actor is a " + actor.getKind());
    }
    int distinct = new HashSet<>(actor.getMembers()).size();
    if (distinct != actor.getMembers().size()) {
      report.add(ViolationCode.GROUP_INCONSISTENT, MEMBERS, "a member is listed more than once");
    }
    if (actor.getMemberCount().isPresent() && actor.getMemberCount().get() < distinct) {
      report.add(ViolationCode.GROUP_INCONSISTENT, MEMBER_COUNT, "the member count "
          + actor.getMemberCount().get() + " is smaller than the " + distinct + " members listed");
    }
    return report.isValid();
  }
}
