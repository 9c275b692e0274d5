package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.IdentifierValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An identifier or a reference to one: 1 to 128 characters, starting with a letter or digit, then letters,
 * digits and {@code . _ : -}. Examples: {@code north-korea}, {@code claim:nk-shipped-containers}.
 */
@Documented
@Constraint(validatedBy = {IdentifierValidator.class})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Identifier {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "must be an identifier: 1-128 characters, letters, digits and . _ : - , starting with a letter or digit";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
