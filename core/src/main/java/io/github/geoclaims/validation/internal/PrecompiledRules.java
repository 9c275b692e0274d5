package io.github.geoclaims.validation.internal;

import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueCheck;
import io.github.geoclaims.model.meta.ValueKind;
import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
 * parts, from one {@link DocumentScope} of its identifiers: a document is walked once, not once per rule. The scope
 * looks up every reference to an actor, a source or a claim ({@code @Identifier(refersTo = ...)}); a reference it
 * finds is the identifier of a part, checked there, so within a document the pass does not check the form of
 * references again ({@link DocumentScope#resolvesEvery}). An object checked on its own gets every check.
 *
 * <p>The plan is flat: per type an array of one {@link ValueCheck} per property, and one check of the object
 * itself. They run in the check {@link ModelType#checkOf} makes of them: code generated with a class per type and
 * a call site per property. A property's check is made for its validator's class ({@link ConstraintBinding#checkOf})
 * or is the check of the type it cascades into, so that each call site meets one class of check and the JIT inlines
 * the validators and nested types where they are used, as in a hand-written pass. No reflection and no streams
 * when checking.
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

  /**
   * Returns the verdict on claims read one at a time after a document's header: {@code true} if a claim breaks no
   * rule of its own and {@linkplain DocumentScope#resolves(Claim) resolves} among the header's actors and sources,
   * leaving aside whether its identifiers are unique in the document. Not thread-safe (the scope keeps the source
   * texts it prepared): one per reader.
   *
   * @param header the document's actors and sources; its claims are not looked at
   * @return the verdict; {@code false} for every claim if two actors or two sources of the header share an
   *     identifier
   */
  public static Predicate<Claim> claimsIn(ClaimDocument header) {
    DocumentScope scope = DocumentScope.of(header);
    TypePlan plan = PLANS.get(Claim.class);
    if (scope == null) {
      return claim -> false;
    }
    return claim -> {
      try {
        return plan.holds(claim) && scope.resolves(claim);
      } catch (VerdictContext.Violated e) {
        return false;
      }
    };
  }

  // ---------------------------------------------------------------- planning

  /**
   * Plans every model type. A type is checked on its own with the checks of {@link #typeChecks(List, boolean)
   * alone}; a document with those {@linkplain #typeChecks(List, boolean) within a document}, since its scope looks
   * up the references of its parts.
   */
  static Map<Class<?>, TypePlan> plan(List<ModelType<?>> types) {
    Map<ModelType<?>, ValueCheck> alone = typeChecks(types, false);
    Map<ModelType<?>, ValueCheck> withinDocument = typeChecks(types, true);
    Map<Class<?>, TypePlan> byClass = new IdentityHashMap<>();
    for (ModelType<?> type : types) {
      boolean documentScoped = DocumentScope.decides(type);
      byClass.put(type.javaType(), new TypePlan((documentScoped ? withinDocument : alone).get(type), documentScoped));
    }
    return byClass;
  }

  /**
   * Returns the check of every model type ({@code ModelType.checkOf}), each made first with an empty array of
   * property checks, which is filled in afterwards, since a property's check may be the check of another type.
   * Within a document ({@code withinDocument}), the checks leave out the constraints the document's scope
   * {@linkplain DocumentScope#resolvesEvery decides} by looking the values up.
   */
  private static Map<ModelType<?>, ValueCheck> typeChecks(List<ModelType<?>> types, boolean withinDocument) {
    Map<ModelType<?>, ValueCheck> typeChecks = new IdentityHashMap<>();
    Map<ModelType<?>, ValueCheck[]> propertyChecks = new IdentityHashMap<>();
    for (ModelType<?> type : types) {
      ValueCheck[] checks = new ValueCheck[type.properties().size()];
      typeChecks.put(type, type.checkOf(checks, objectCheck(type, DocumentScope.decides(type))));
      propertyChecks.put(type, checks);
    }
    for (ModelType<?> type : types) {
      ValueCheck[] checks = propertyChecks.get(type);
      boolean documentScoped = DocumentScope.decides(type);
      for (int i = 0; i < checks.length; i++) {
        checks[i] = valueCheck(type.properties().get(i), documentScoped, withinDocument, typeChecks);
      }
    }
    return typeChecks;
  }

  /**
   * Returns the check of an object itself, after its properties: the constraints on its lists as a whole, on its
   * extension properties, and its class-level constraints but those a document's scope decides.
   */
  private static ValueCheck objectCheck(ModelType<?> type, boolean documentScoped) {
    List<ValueCheck> checks = new ArrayList<>();
    for (Property property : type.properties()) {
      if (!property.containerConstraints().isEmpty()) {
        checks.add(listCheck(property));
      }
    }
    if (!type.extensionNameConstraints().isEmpty() || !type.extensionValueConstraints().isEmpty()) {
      checks.add(new PlannedChecks.OfExtensions(
          validators(type.extensionNameConstraints(), String.class, type.name() + ".extensions<key>"),
          validators(type.extensionValueConstraints(), String.class, type.name() + ".extensions<value>")));
    }
    List<Annotation> classLevel = new ArrayList<>();
    for (Annotation constraint : type.constraints()) {
      if (!documentScoped || !DocumentScope.DECIDED.contains(constraint.annotationType())) {
        classLevel.add(constraint);
      }
    }
    return allOf(validators(classLevel, type.javaType(), type.name()), checks);
  }

  /**
   * Returns the check of each value of a property: its constraints' validators (within a document, but for those
   * the scope decides), the check of the type it cascades into, the check against the document's scope, in this
   * order.
   */
  private static ValueCheck valueCheck(Property property, boolean documentScoped, boolean withinDocument,
      Map<ModelType<?>, ValueCheck> typeChecks) {
    List<ValueCheck> others = new ArrayList<>();
    if (property.isCascaded() && property.kind() == ValueKind.OBJECT) {
      others.add(typeChecks.get(property.objectType().orElseThrow()));
    }
    DocumentScope.PartCheck part = documentScoped && property.cardinality() == Cardinality.LIST
        ? DocumentScope.partCheck(property.valueType()) : null;
    if (part != null) {
      others.add(new PlannedChecks.InScope(part));
    }
    List<Annotation> constraints = new ArrayList<>();
    for (Annotation constraint : property.valueConstraints()) {
      if (!withinDocument || !DocumentScope.resolvesEvery(constraint)) {
        constraints.add(constraint);
      }
    }
    return allOf(validators(constraints, property.valueType(), property.toString()), others);
  }

  private static ValueCheck listCheck(Property property) {
    if (property.cardinality() != Cardinality.LIST) {
      throw new IllegalStateException("Cannot plan the constraints on " + property + " as a whole: put them on the"
          + " element type, Optional<@Constraint T>");
    }
    return new PlannedChecks.OfList(property,
        validators(property.containerConstraints(), List.class, property.toString()));
  }

  /**
   * Returns the check that the validators, then the other checks, all pass: the single one when there is one,
   * {@code null} when there is none.
   */
  private static ValueCheck allOf(ConstraintValidator<Annotation, Object>[] validators, List<ValueCheck> others) {
    List<ValueCheck> checks = new ArrayList<>();
    for (ConstraintValidator<Annotation, Object> validator : validators) {
      checks.add(ConstraintBinding.checkOf(validator));
    }
    checks.addAll(others);
    return switch (checks.size()) {
      case 0 -> null;
      case 1 -> checks.get(0);
      default -> new PlannedChecks.AllOf(checks.toArray(ValueCheck[]::new));
    };
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
