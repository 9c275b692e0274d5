package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Extensible;
import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * The precompiled checks of one model type, planned by {@link PrecompiledRules} from the metamodel: its properties'
 * plans, the validators of its extension names and values, and those of its class-level constraints. For a document
 * whose rules {@link DocumentScope} decides, the walk keeps one scope of its identifiers, against which its parts are
 * checked as they are met.
 */
final class TypePlan {

  private final boolean documentScoped;
  private PropertyPlan[] properties;
  private ConstraintValidator<Annotation, Object>[] extensionNames;
  private ConstraintValidator<Annotation, Object>[] extensionValues;
  private ConstraintValidator<Annotation, Object>[] classLevel;

  /**
   * Creates the plan of a type, to be {@link #complete completed} once the plans of every type exist (a property's
   * plan refers to the plan of the type it cascades into).
   *
   * @param documentScoped {@code true} if the type is a document whose rules a {@link DocumentScope} decides
   */
  TypePlan(boolean documentScoped) {
    this.documentScoped = documentScoped;
  }

  /** Sets the checks; called once, while {@link PrecompiledRules} is initialised. */
  void complete(PropertyPlan[] properties, ConstraintValidator<Annotation, Object>[] extensionNames,
      ConstraintValidator<Annotation, Object>[] extensionValues, ConstraintValidator<Annotation, Object>[] classLevel) {
    this.properties = properties;
    this.extensionNames = extensionNames;
    this.extensionValues = extensionValues;
    this.classLevel = classLevel;
  }

  /** Returns {@code true} if the type is a document whose rules a {@link DocumentScope} decides. */
  boolean isDocumentScoped() {
    return documentScoped;
  }

  /**
   * Returns {@code true} if the model object, and everything validation cascades into, breaks no rule.
   *
   * @param model an object of the type
   * @throws VerdictContext.Violated when a validator starts to report a violation
   */
  boolean holds(Object model) {
    DocumentScope scope = null;
    if (documentScoped) {
      scope = DocumentScope.of((ClaimDocument) model);
      if (scope == null) {
        return false;
      }
    }
    for (PropertyPlan property : properties) {
      if (!property.holds(model, scope)) {
        return false;
      }
    }
    if (extensionNames.length + extensionValues.length > 0) {
      for (Map.Entry<String, String> extension : ((Extensible) model).getExtensions().entrySet()) {
        if (!allHold(extensionNames, extension.getKey()) || !allHold(extensionValues, extension.getValue())) {
          return false;
        }
      }
    }
    return allHold(classLevel, model);
  }

  /** Returns {@code true} if every validator finds the value valid. */
  static boolean allHold(ConstraintValidator<Annotation, Object>[] validators, Object value) {
    for (ConstraintValidator<Annotation, Object> validator : validators) {
      if (!validator.isValid(value, VerdictContext.INSTANCE)) {
        return false;
      }
    }
    return true;
  }
}
