package io.github.geoclaims.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.geoclaims.validation.internal.ResolvedAcrossDocumentsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a {@link io.github.geoclaims.corpus.ClaimCorpus}: every reference to another document resolves (the document
 * is in the corpus and has the attribution of the same claim, or the communication, named), and no relay chain comes
 * back to itself across documents. Each problem is reported with its own code
 * ({@code corpus.reference-unresolved}, {@code corpus.chain-cycle}, {@code corpus.document-duplicate}) at
 * {@code documents[i]} (the document's position in the corpus) followed by the path in that document.
 */
@Documented
@Constraint(validatedBy = {ResolvedAcrossDocumentsValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ResolvedAcrossDocuments {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "every reference to another document must resolve in the corpus";

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
