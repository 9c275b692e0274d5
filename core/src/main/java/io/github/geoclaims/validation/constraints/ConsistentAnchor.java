package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.ConsistentAnchorValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text anchor's offsets are ordered ({@code 0 <= start < end}) and span exactly as many code points as its
 * quoted text has.
 */
@Documented
@Constraint(validatedBy = {ConsistentAnchorValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentAnchor {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "inconsistent text anchor";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
