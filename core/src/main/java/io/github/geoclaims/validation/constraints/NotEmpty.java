package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.NotEmptyValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A required text that is not empty: at least one character, white space included. {@code null} breaks it.
 *
 * <p>The library's own counterpart of Jakarta's {@code @NotEmpty}, with the same verdict and the same message (Hibernate
 * Validator's text for {@code jakarta.validation.constraints.NotEmpty}, in the user's locale), checked by a validator of
 * this library that the precompiled pass calls too.
 */
@Documented
@Constraint(validatedBy = {NotEmptyValidator.class})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NotEmpty {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "{jakarta.validation.constraints.NotEmpty.message}";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
