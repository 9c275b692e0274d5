package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Property;
import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;

/**
 * The precompiled checks of one property: the validators of the constraints on each value (each element of a list,
 * the present value of an optional), those on a list as a whole, the plan of the values' own type when validation
 * cascades into them, and, for a part of a document, the check of the part against the {@link DocumentScope}.
 */
final class PropertyPlan {

  private final Property property;
  private final boolean list;
  private final boolean optional;
  private final ConstraintValidator<Annotation, Object>[] values;
  private final ConstraintValidator<Annotation, Object>[] container;
  private final TypePlan cascade;
  private final DocumentScope.PartCheck scopeCheck;

  /**
   * Creates the plan.
   *
   * @param property the property, whose getter reads the value
   * @param values the validators of each value
   * @param container the validators of a list as a whole
   * @param cascade the plan of the values' type, or {@code null} if validation does not cascade
   * @param scopeCheck the check of each value against the document's scope, or {@code null}
   */
  PropertyPlan(Property property, ConstraintValidator<Annotation, Object>[] values,
      ConstraintValidator<Annotation, Object>[] container, TypePlan cascade, DocumentScope.PartCheck scopeCheck) {
    this.property = property;
    this.list = property.cardinality() == Cardinality.LIST;
    this.optional = property.cardinality() == Cardinality.OPTIONAL;
    this.values = values;
    this.container = container;
    this.cascade = cascade;
    this.scopeCheck = scopeCheck;
  }

  /** Returns {@code true} if the plan checks nothing: the property can be left out of its type's plan. */
  boolean isEmpty() {
    return values.length == 0 && container.length == 0 && cascade == null && scopeCheck == null;
  }

  /**
   * Returns {@code true} if the property of the model object breaks no rule.
   *
   * @param model the object that has the property
   * @param scope the scope of the document the object is, or {@code null}
   */
  boolean holds(Object model, DocumentScope scope) {
    Object value = property.get(model);
    if (list) {
      List<?> elements = (List<?>) value;
      if (!TypePlan.allHold(container, elements)) {
        return false;
      }
      for (int i = 0; i < elements.size(); i++) {
        if (!valueHolds(elements.get(i), scope)) {
          return false;
        }
      }
      return true;
    }
    if (optional) {
      Optional<?> present = (Optional<?>) value;
      return present.isEmpty() || valueHolds(present.get(), scope);
    }
    return valueHolds(value, scope);
  }

  private boolean valueHolds(Object value, DocumentScope scope) {
    return TypePlan.allHold(values, value) && (cascade == null || cascade.holds(value))
        && (scopeCheck == null || scopeCheck.admits(scope, value));
  }
}
