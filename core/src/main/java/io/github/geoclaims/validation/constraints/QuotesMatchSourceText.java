package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.QuotesMatchSourceTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Where a source stores its text, every quote and citation anchored in it lies within the text and matches
 * it: the exact text at the offsets, the prefix just before and the suffix just after.
 */
@Documented
@Constraint(validatedBy = {QuotesMatchSourceTextValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface QuotesMatchSourceText {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "quote does not match the source text";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
