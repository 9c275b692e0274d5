package io.github.geoclaims.validation.internal;

import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.geoclaims.validation.constraints.Identifier;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.util.Collection;
import org.junit.jupiter.api.Test;

/** Planning binds each constraint to the one validator that fits its values, or fails loudly. */
class ConstraintBindingTest {

  /** A constraint that names no validator, like the compositions the library had before. */
  @Constraint(validatedBy = {})
  @Retention(RUNTIME)
  @interface Unchecked {}

  /** A constraint composed of another constraint. */
  @Constraint(validatedBy = {})
  @Identifier
  @Retention(RUNTIME)
  @interface Composed {}

  /** A constraint with a validator for any object and one for texts. */
  @Constraint(validatedBy = {AnyValue.class, Text.class})
  @Retention(RUNTIME)
  @interface Checked {
    int limit() default 3;
  }

  /** A constraint whose validator cannot be instantiated. */
  @Constraint(validatedBy = {Unconstructible.class})
  @Retention(RUNTIME)
  @interface Broken {}

  /** Validates any object; remembers the annotation it was initialised with. */
  public static final class AnyValue implements ConstraintValidator<Checked, Object> {
    Checked initialisedWith;

    @Override
    public void initialize(Checked annotation) {
      initialisedWith = annotation;
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      return true;
    }
  }

  /** Validates texts up to the annotation's limit. */
  public static final class Text implements ConstraintValidator<Checked, CharSequence> {
    int limit;

    @Override
    public void initialize(Checked annotation) {
      limit = annotation.limit();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value.length() <= limit;
    }
  }

  /** Has no constructor without parameters. */
  public static final class Unconstructible implements ConstraintValidator<Broken, Object> {
    Unconstructible(int unused) {}

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      return true;
    }
  }

  @Unchecked
  @Composed
  @Checked(limit = 5)
  @Broken
  @Identifier
  private static final class Sites {}

  private static <A extends Annotation> A declared(Class<A> constraint) {
    return Sites.class.getAnnotation(constraint);
  }

  @Test
  void failsPlanningLoudlyForAConstraintWithoutAValidator() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ConstraintBinding.validatorFor(declared(Unchecked.class), String.class, "Actor.name"))
        .withMessage("Cannot plan @Unchecked at Actor.name: none of its validators [] validates java.lang.String");
  }

  @Test
  void failsPlanningLoudlyForAValidatorOfOtherValues() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ConstraintBinding.validatorFor(declared(Identifier.class), Integer.class, "Actor.id"))
        .withMessageContaining("@Identifier at Actor.id")
        .withMessageContaining("IdentifierValidator")
        .withMessageEndingWith("validates java.lang.Integer");
  }

  @Test
  void failsPlanningLoudlyForAComposedConstraint() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ConstraintBinding.validatorFor(declared(Composed.class), String.class, "Claim.note"))
        .withMessage("Cannot plan @Composed at Claim.note: it is composed of @Identifier; give it a validator of its"
            + " own");
  }

  @Test
  void failsPlanningLoudlyForAValidatorItCannotInstantiate() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ConstraintBinding.validatorFor(declared(Broken.class), String.class, "Claim.note"))
        .withMessageContaining("Unconstructible").withMessageContaining("public constructor");
  }

  @Test
  void choosesTheMostSpecificValidatorThatFitsAndInitialisesIt() {
    ConstraintValidator<Annotation, Object> forText =
        ConstraintBinding.validatorFor(declared(Checked.class), String.class, "site");
    assertThat(forText).isInstanceOf(Text.class);
    assertThat(forText.isValid("five!", null)).isTrue();
    assertThat(forText.isValid("six!!!", null)).isFalse();
    ConstraintValidator<Annotation, Object> forNumber =
        ConstraintBinding.validatorFor(declared(Checked.class), Integer.class, "site");
    assertThat(forNumber).isInstanceOfSatisfying(AnyValue.class,
        validator -> assertThat(validator.initialisedWith).isEqualTo(declared(Checked.class)));
  }

  @Test
  void readsTheValidatedTypeFromTheImplementedInterface() {
    assertThat(ConstraintBinding.validatedTypeOf(IdentifierValidator.class)).isEqualTo(String.class);
    assertThat(ConstraintBinding.validatedTypeOf(AttributedValidator.class)).isEqualTo(Collection.class);
    assertThat(ConstraintBinding.validatedTypeOf(ConsistentGroupValidator.class)).isEqualTo(Object.class);
  }

  @Test
  void failsForAValidatorWhoseValidatedTypeIsNotAClass() {
    abstract class Generic<T> implements ConstraintValidator<Checked, T> {}
    assertThatIllegalStateException().isThrownBy(() -> ConstraintBinding.validatedTypeOf(Generic.class))
        .withMessageContaining("Cannot tell which values");
  }
}
