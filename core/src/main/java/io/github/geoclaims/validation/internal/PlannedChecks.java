package io.github.geoclaims.validation.internal;

import io.github.geoclaims.model.Extensible;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueCheck;
import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * The checks {@link PrecompiledRules} plans besides those of single validators ({@link ConstraintBinding#checkOf})
 * and of model types ({@code ModelType.checkOf}): several checks of one value, a part of a document against the
 * document's scope, a list as a whole, and the extension properties of an object.
 */
final class PlannedChecks {

  private PlannedChecks() {}

  /** Returns {@code true} if every validator finds the value valid. */
  static boolean allHold(ConstraintValidator<Annotation, Object>[] validators, Object value, Object context) {
    for (ConstraintValidator<Annotation, Object> validator : validators) {
      if (!validator.isValid(value, (VerdictContext) context)) {
        return false;
      }
    }
    return true;
  }

  /** Several checks of one value: each must pass, in order. */
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

  /** The check of a document's part against the scope the {@link VerdictContext} carries. */
  record InScope(DocumentScope.PartCheck part) implements ValueCheck {

    @Override
    public boolean test(Object value, Object context) {
      return part.admits(((VerdictContext) context).scope(), value);
    }
  }

  /**
   * The validators of the constraints on one list property as a whole, such as {@code @Attributed}: a check of the
   * object that has the list.
   */
  record OfList(Property property, ConstraintValidator<Annotation, Object>[] validators) implements ValueCheck {

    @Override
    public boolean test(Object model, Object context) {
      return allHold(validators, property.get(model), context);
    }
  }

  /** The validators of the names and the values of an extensible object's extension properties. */
  record OfExtensions(ConstraintValidator<Annotation, Object>[] names,
      ConstraintValidator<Annotation, Object>[] values) implements ValueCheck {

    @Override
    public boolean test(Object model, Object context) {
      Map<String, String> extensions = ((Extensible) model).getExtensions();
      if (extensions.isEmpty()) {
        return true;
      }
      for (Map.Entry<String, String> extension : extensions.entrySet()) {
        if (!allHold(names, extension.getKey(), context) || !allHold(values, extension.getValue(), context)) {
          return false;
        }
      }
      return true;
    }
  }
}
