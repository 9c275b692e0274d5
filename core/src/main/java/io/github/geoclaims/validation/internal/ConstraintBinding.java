package io.github.geoclaims.validation.internal;

import io.github.geoclaims.model.meta.ValueCheck;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Binds a constraint annotation to the validator that checks it, as Hibernate Validator does: among the classes
 * its {@link Constraint#validatedBy()} names, the one whose validated type (the {@code T} of
 * {@code ConstraintValidator<A, T>}) fits the value, the most specific if several fit; instantiated and
 * {@link ConstraintValidator#initialize initialised} with the annotation. A constraint no validator fits, or one
 * composed of other constraints, cannot be planned: binding it fails with the site and the reason, so that the
 * precompiled pass can never skip a rule in silence.
 *
 * <p>{@link #checkOf} turns a validator into a {@link ValueCheck} of a class made for the validator's class, which
 * calls its {@code isValid} directly: where the metamodel's generated test always meets the same check, the JIT
 * inlines the validator there, as it did the hand-written pass.
 */
final class ConstraintBinding {

  /** The factories of checks, by validator class; filled while {@link PrecompiledRules} is initialised. */
  private static final Map<Class<?>, MethodHandle> CHECK_FACTORIES = new HashMap<>();

  private ConstraintBinding() {}

  /**
   * Returns the validator of a constraint at one site, initialised.
   *
   * @param constraint the constraint annotation, as declared on the model
   * @param validatedType the class of the values it checks there (boxed)
   * @param site where the constraint is declared, for the message, such as {@code Actor.countryCode}
   * @return the validator, typed for any value: the caller passes only values of {@code validatedType}
   * @throws IllegalStateException if no validator fits, or the constraint is a composition
   */
  @SuppressWarnings("unchecked")
  static ConstraintValidator<Annotation, Object> validatorFor(Annotation constraint, Class<?> validatedType,
      String site) {
    Class<? extends Annotation> type = constraint.annotationType();
    for (Annotation meta : type.getAnnotations()) {
      if (meta.annotationType().isAnnotationPresent(Constraint.class)) {
        throw new IllegalStateException("Cannot plan @" + type.getSimpleName() + " at " + site + ": it is composed of @"
            + meta.annotationType().getSimpleName() + "; give it a validator of its own");
      }
    }
    Class<? extends ConstraintValidator<?, ?>>[] candidates = type.getAnnotation(Constraint.class).validatedBy();
    Class<? extends ConstraintValidator<?, ?>> chosen = null;
    Class<?> chosenType = null;
    for (Class<? extends ConstraintValidator<?, ?>> candidate : candidates) {
      Class<?> candidateType = validatedTypeOf(candidate);
      if (candidateType.isAssignableFrom(validatedType)
          && (chosen == null || chosenType.isAssignableFrom(candidateType))) {
        chosen = candidate;
        chosenType = candidateType;
      }
    }
    if (chosen == null) {
      throw new IllegalStateException("Cannot plan @" + type.getSimpleName() + " at " + site + ": none of its"
          + " validators " + Arrays.toString(candidates) + " validates " + validatedType.getName());
    }
    ConstraintValidator<Annotation, Object> validator = (ConstraintValidator<Annotation, Object>) instantiate(chosen);
    validator.initialize(constraint);
    return validator;
  }

  /**
   * Returns a check that calls the validator with the {@link VerdictContext} it is given: an instance of a class
   * spun for the validator's class by {@link LambdaMetafactory}, whose {@code test} calls the validator's
   * {@code isValid} directly.
   *
   * @param validator an initialised validator
   * @return the check
   */
  static ValueCheck checkOf(ConstraintValidator<Annotation, Object> validator) {
    try {
      return (ValueCheck) CHECK_FACTORIES.computeIfAbsent(validator.getClass(), ConstraintBinding::checkFactory)
          .invoke(validator);
    } catch (Throwable e) {   // invoke declares Throwable; the factory only allocates
      throw new IllegalStateException("Cannot make a check of " + validator.getClass().getName(), e);
    }
  }

  private static MethodHandle checkFactory(Class<?> validatorClass) {
    Class<?> validated = validatedTypeOf(validatorClass);
    MethodType isValid = MethodType.methodType(boolean.class, validated, ConstraintValidatorContext.class);
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      return LambdaMetafactory.metafactory(lookup, "test", MethodType.methodType(ValueCheck.class, validatorClass),
          MethodType.methodType(boolean.class, Object.class, Object.class),
          lookup.findVirtual(validatorClass, "isValid", isValid), isValid).getTarget();
    } catch (NoSuchMethodException | IllegalAccessException | LambdaConversionException e) {
      throw new IllegalStateException("Cannot call " + validatorClass.getName() + ".isValid(" + validated.getName()
          + ", ConstraintValidatorContext): the class and the method must be public", e);
    }
  }

  /** Returns the class a validator validates: the raw {@code T} of the {@code ConstraintValidator<A, T>} it implements. */
  static Class<?> validatedTypeOf(Class<?> validator) {
    for (Class<?> type = validator; type != null; type = type.getSuperclass()) {
      for (Type implemented : type.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType parameterized
            && parameterized.getRawType() == ConstraintValidator.class) {
          Type validated = parameterized.getActualTypeArguments()[1];
          if (validated instanceof Class<?> validatedClass) {
            return validatedClass;
          }
          if (validated instanceof ParameterizedType validatedGeneric) {
            return (Class<?>) validatedGeneric.getRawType();
          }
        }
      }
    }
    throw new IllegalStateException("Cannot tell which values " + validator.getName() + " validates: it must"
        + " implement ConstraintValidator<A, T> with T a class");
  }

  private static Object instantiate(Class<?> validator) {
    try {
      return validator.getDeclaredConstructor().newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("Cannot instantiate " + validator.getName() + ": it needs a public constructor"
          + " without parameters, as Jakarta Validation does", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Cannot instantiate " + validator.getName(), e.getCause());
    }
  }
}
