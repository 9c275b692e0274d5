package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.VerdictHasEvidenceValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An assessment that says {@code confirmed} or {@code refuted} names the evidence it rests on.
 */
@Documented
@Constraint(validatedBy = {VerdictHasEvidenceValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface VerdictHasEvidence {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "a confirmed or refuted verdict needs evidence";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
