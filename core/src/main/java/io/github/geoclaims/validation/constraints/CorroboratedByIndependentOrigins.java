package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.CorroboratedByIndependentOriginsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A claim assessed as {@code corroborated} has attributions from at least two independent origins (see
 * {@link io.github.geoclaims.model.Claim#independentOrigins()}).
 */
@Documented
@Constraint(validatedBy = {CorroboratedByIndependentOriginsValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CorroboratedByIndependentOrigins {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "corroboration needs two independent origins";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
