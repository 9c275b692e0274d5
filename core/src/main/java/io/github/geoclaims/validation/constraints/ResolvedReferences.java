package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.ResolvedReferencesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every reference in a document (claimant, source, participant, member, affiliation, publisher, author,
 * citation, relation, assessor, evidence) names an object of the right kind in the same document.
 */
@Documented
@Constraint(validatedBy = {ResolvedReferencesValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ResolvedReferences {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "unresolved reference";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
