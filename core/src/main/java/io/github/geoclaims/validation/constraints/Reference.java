package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.ReferenceValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A reference: an {@link Identifier}, or a document's identifier and an identifier within it separated by a slash
 * ({@code 000_6fa328a5eb9c16d3/ria-report}), which names something in that document (see
 * {@link io.github.geoclaims.model.QualifiedId}).
 */
@Documented
@Constraint(validatedBy = {ReferenceValidator.class})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Reference {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "must be an identifier, or a document's identifier, '/' and an identifier in that document";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
