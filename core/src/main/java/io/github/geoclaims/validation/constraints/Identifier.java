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
 *
 * <p>A reference to another part of the same document says which kind of part it names with {@link #refersTo()}:
 * {@code @Identifier(refersTo = Actor.class) String getClaimant()}.
 */
@Documented
@Constraint(validatedBy = {IdentifierValidator.class})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Identifier {

  /** The message reported when the rule is broken; the code of the violation is stable, the text is not. */
  String message() default "must be an identifier: 1-128 characters, letters, digits and . _ : - , starting with a letter or digit";

  /**
   * The model type whose identifier the value is when it names another part of the same document
   * ({@link io.github.geoclaims.model.Actor}, {@link io.github.geoclaims.model.Source} or
   * {@link io.github.geoclaims.model.Claim}); {@code Void.class}, the default, for an object's own identifier and
   * for a name that may be of another document. In a document, {@code @ResolvedReferences} requires such a value to
   * be the identifier of a part of that type, which that part's own {@code @Identifier} checks: so validation of a
   * document checks the form of a reference that resolves only once, at the part it names.
   *
   * @return the type of the part named, or {@code Void.class}
   */
  Class<?> refersTo() default Void.class;

  /** The validation groups this rule belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Jakarta Validation API. */
  Class<? extends Payload>[] payload() default {};
}
