package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.AcyclicRelationsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Claim relations whose direction matters ({@code supports}, {@code responds-to}, {@code overstates},
 * {@code elaborates}) form no cycle, and no claim relates to itself.
 */
@Documented
@Constraint(validatedBy = {AcyclicRelationsValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AcyclicRelations {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "cyclic claim relation";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
