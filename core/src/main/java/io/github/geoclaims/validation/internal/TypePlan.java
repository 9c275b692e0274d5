package io.github.geoclaims.validation.internal;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.meta.ValueCheck;

/**
 * The precompiled check of one model type, planned by {@link PrecompiledRules} from the metamodel, and whether it
 * runs within the {@link DocumentScope} of a document whose rules the scope decides.
 *
 * @param check the check of an object of the type and everything validation cascades into
 * @param documentScoped {@code true} if the type is a document whose rules a {@link DocumentScope} decides
 */
record TypePlan(ValueCheck check, boolean documentScoped) {

  /**
   * Returns {@code true} if the model object, and everything validation cascades into, breaks no rule.
   *
   * @param model an object of the type
   * @throws VerdictContext.Violated when a validator starts to report a violation
   */
  boolean holds(Object model) {
    if (!documentScoped) {
      return check.test(model, VerdictContext.INSTANCE);
    }
    DocumentScope scope = DocumentScope.of((ClaimDocument) model);
    return scope != null && check.test(model, VerdictContext.within(scope));
  }
}
