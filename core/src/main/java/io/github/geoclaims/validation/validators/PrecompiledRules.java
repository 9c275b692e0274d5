package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueKind;
import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides in one pass, without Hibernate Validator, whether a model object breaks any rule: the fast path of
 * {@link io.github.geoclaims.validation.GeoClaimsValidator#shared()}.
 *
 * <p>The pass is planned once, when this class is initialised, from the {@link Metamodel} and the constraint
 * annotations it lists: for each model type, each property and each constraint, the validator its
 * {@code @Constraint(validatedBy)} names for the value's type ({@link ConstraintBinding}), initialised with the
 * annotation; each element of a list and each present optional value is checked, and the pass cascades into the
 * model objects of {@code @Valid} properties; class-level constraints and those on extension names likewise. These
 * are the very validators Hibernate Validator calls, here with a context that stops at the first violation
 * ({@link VerdictContext}), so each rule has one implementation. A new rule is an annotation and its validator, and
 * nothing else; a constraint that no validator fits fails the planning, so that no rule is ever skipped in silence.
 *
 * <p>Only the verdict comes from here: when it is "invalid", {@code GeoClaimsValidator} asks Hibernate Validator for
 * the full report. Tests hold the two to the same verdict on generated valid and damaged documents, and on a broken
 * value at every constraint site the model declares.
 *
 * <p>The rules about a whole document (unique identifiers, resolved references, quotes that match their source's
 * text, statements not after publication) are decided in the same walk over the document as the rules about its
 * parts, from one {@link DocumentScope} of its identifiers: a document is walked once, not once per rule.
 *
 * <p>The plan is flat: per type an array of property plans, each with arrays of validators; checking reads values
 * through the metamodel's generated getters, with no reflection and no streams.
 *
 * <p>Internal API: public only so that {@code GeoClaimsValidator} can reach it; use
 * {@code GeoClaimsValidator.shared()}.
 */
public final class PrecompiledRules {

  private static final Map<Class<?>, TypePlan> PLANS = plan(Metamodel.types());

  private PrecompiledRules() {}

  /**
   * Returns whether this class decides for objects of the given kind: the model types, not arbitrary beans.
   *
   * @param model any object
   * @return {@code true} if {@link #isValid(Object)} applies
   */
  public static boolean covers(Object model) {
    return Metamodel.forValue(model).isPresent();
  }

  /**
   * Returns {@code true} if the model object, and everything it contains, breaks no rule.
   *
   * @param model an object for which {@link #covers(Object)} holds
   * @return the verdict
   * @throws IllegalArgumentException if the object is not a model object
   */
  public static boolean isValid(Object model) {
    TypePlan plan = PLANS.get(model.getClass());
    if (plan == null) {
      throw new IllegalArgumentException("Not a geoclaims model type: " + model.getClass().getName());
    }
    try {
      return plan.holds(model);
    } catch (VerdictContext.Violated e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- planning

  /** Plans every model type; the plans refer to each other where validation cascades. */
  static Map<Class<?>, TypePlan> plan(List<ModelType<?>> types) {
    Map<ModelType<?>, TypePlan> plans = new IdentityHashMap<>();
    for (ModelType<?> type : types) {
      plans.put(type, new TypePlan(DocumentScope.decides(type)));
    }
    Map<Class<?>, TypePlan> byClass = new IdentityHashMap<>();
    for (ModelType<?> type : types) {
      TypePlan plan = plans.get(type);
      List<PropertyPlan> properties = new ArrayList<>();
      for (Property property : type.properties()) {
        PropertyPlan propertyPlan = plan(property, plan.isDocumentScoped(), plans);
        if (!propertyPlan.isEmpty()) {
          properties.add(propertyPlan);
        }
      }
      List<Annotation> classLevel = new ArrayList<>();
      for (Annotation constraint : type.constraints()) {
        if (!plan.isDocumentScoped() || !DocumentScope.DECIDED.contains(constraint.annotationType())) {
          classLevel.add(constraint);
        }
      }
      plan.complete(properties.toArray(PropertyPlan[]::new),
          validators(type.extensionNameConstraints(), String.class, type.name() + ".extensions<key>"),
          validators(type.extensionValueConstraints(), String.class, type.name() + ".extensions<value>"),
          validators(classLevel, type.javaType(), type.name()));
      byClass.put(type.javaType(), plan);
    }
    return byClass;
  }

  private static PropertyPlan plan(Property property, boolean documentScoped, Map<ModelType<?>, TypePlan> plans) {
    if (property.cardinality() == Cardinality.OPTIONAL && !property.containerConstraints().isEmpty()) {
      throw new IllegalStateException("Cannot plan the constraints on " + property + " as a whole: put them on the"
          + " element type, Optional<@Constraint T>");
    }
    TypePlan cascade = property.isCascaded() && property.kind() == ValueKind.OBJECT
        ? plans.get(property.objectType().orElseThrow()) : null;
    DocumentScope.PartCheck scopeCheck = documentScoped && property.cardinality() == Cardinality.LIST
        ? DocumentScope.partCheck(property.valueType()) : null;
    return new PropertyPlan(property, validators(property.valueConstraints(), property.valueType(),
        property.toString()), validators(property.containerConstraints(), List.class, property.toString()),
        cascade, scopeCheck);
  }

  @SuppressWarnings("unchecked")
  private static ConstraintValidator<Annotation, Object>[] validators(List<Annotation> constraints,
      Class<?> validatedType, String site) {
    ConstraintValidator<Annotation, Object>[] validators =
        (ConstraintValidator<Annotation, Object>[]) new ConstraintValidator<?, ?>[constraints.size()];
    for (int i = 0; i < validators.length; i++) {
      validators[i] = ConstraintBinding.validatorFor(constraints.get(i), validatedType, site);
    }
    return validators;
  }
}
