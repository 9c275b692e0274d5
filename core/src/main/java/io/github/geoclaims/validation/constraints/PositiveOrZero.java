package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.PositiveOrZeroValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A whole number that is not negative, such as an offset into a text.
 *
 * <p>The library's own counterpart of Jakarta's {@code @PositiveOrZero}, with the same verdict and the same message (Hibernate
 * Validator's text for {@code jakarta.validation.constraints.PositiveOrZero}, in the user's locale), checked by a validator of
 * this library that the precompiled pass calls too.
 */
@Documented
@Constraint(validatedBy = {PositiveOrZeroValidator.class})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PositiveOrZero {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "{jakarta.validation.constraints.PositiveOrZero.message}";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
