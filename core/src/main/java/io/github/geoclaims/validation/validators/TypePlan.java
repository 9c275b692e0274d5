package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Extensible;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueCheck;
import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * The precompiled checks of one model type, planned by {@link PrecompiledRules} from the metamodel: one
 * {@link ValueCheck} per property (its constraints, the cascade into its model objects, the check against the
 * document's scope), the validators of constraints on lists as a whole and of extension names and values, and the
 * check of the class-level constraints. For a document whose rules {@link DocumentScope} decides, the check keeps one scope of
 * its identifiers, against which its parts are checked as they are met.
 *
 * <p>A plan is itself the check of a property that cascades into objects of its type.
 */
final class TypePlan implements ValueCheck {

  private final ModelType<?> type;
  private final boolean documentScoped;
  private ValueCheck[] values;
  private ListConstraints[] lists;
  private ConstraintValidator<Annotation, Object>[] extensionNames;
  private ConstraintValidator<Annotation, Object>[] extensionValues;
  private ValueCheck classLevel;

  /**
   * Creates the plan of a type, to be {@link #complete completed} once the plans of every type exist (a property's
   * check may be the plan of the type it cascades into).
   *
   * @param type the type
   * @param documentScoped {@code true} if the type is a document whose rules a {@link DocumentScope} decides
   */
  TypePlan(ModelType<?> type, boolean documentScoped) {
    this.type = type;
    this.documentScoped = documentScoped;
  }

  /** Sets the checks; called once, while {@link PrecompiledRules} is initialised. */
  void complete(ValueCheck[] values, ListConstraints[] lists, ConstraintValidator<Annotation, Object>[] extensionNames,
      ConstraintValidator<Annotation, Object>[] extensionValues, ValueCheck classLevel) {
    this.values = values;
    this.lists = lists;
    this.extensionNames = extensionNames;
    this.extensionValues = extensionValues;
    this.classLevel = classLevel;
  }

  /** Returns {@code true} if the type is a document whose rules a {@link DocumentScope} decides. */
  boolean isDocumentScoped() {
    return documentScoped;
  }

  /** Checks an object this plan's property cascades into: {@link #holds}. */
  @Override
  public boolean test(Object value, Object context) {
    return holds(value, (VerdictContext) context);
  }

  /**
   * Returns {@code true} if the model object, and everything validation cascades into, breaks no rule.
   *
   * @param model an object of the type
   * @param context the verdict context, within a document's scope or not
   * @throws VerdictContext.Violated when a validator starts to report a violation
   */
  boolean holds(Object model, VerdictContext context) {
    VerdictContext within = context;
    if (documentScoped) {
      DocumentScope scope = DocumentScope.of((ClaimDocument) model);
      if (scope == null) {
        return false;
      }
      within = VerdictContext.within(scope);
    }
    for (ListConstraints list : lists) {
      if (!list.hold(model, within)) {
        return false;
      }
    }
    if (extensionNames.length + extensionValues.length > 0) {
      for (Map.Entry<String, String> extension : ((Extensible) model).getExtensions().entrySet()) {
        if (!allHold(extensionNames, extension.getKey(), within)
            || !allHold(extensionValues, extension.getValue(), within)) {
          return false;
        }
      }
    }
    return type.testValues(model, values, classLevel, within);
  }

  /** Returns {@code true} if every validator finds the value valid. */
  static boolean allHold(ConstraintValidator<Annotation, Object>[] validators, Object value, VerdictContext context) {
    for (ConstraintValidator<Annotation, Object> validator : validators) {
      if (!validator.isValid(value, context)) {
        return false;
      }
    }
    return true;
  }

  /** The validators of the constraints on one list property as a whole, such as {@code @Attributed}. */
  record ListConstraints(Property property, ConstraintValidator<Annotation, Object>[] validators) {

    /** Returns {@code true} if the object's list passes every validator. */
    boolean hold(Object model, VerdictContext context) {
      return allHold(validators, property.get(model), context);
    }
  }

  /** The checks of one property's values, when there are several: each must pass, in order. */
  record AllOf(ValueCheck[] checks) implements ValueCheck {

    @Override
    public boolean test(Object value, Object context) {
      for (ValueCheck check : checks) {
        if (!check.test(value, context)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The check of a document's part against the document's scope. */
  record InScope(DocumentScope.PartCheck part) implements ValueCheck {

    @Override
    public boolean test(Object value, Object context) {
      return part.admits(((VerdictContext) context).scope(), value);
    }
  }
}
