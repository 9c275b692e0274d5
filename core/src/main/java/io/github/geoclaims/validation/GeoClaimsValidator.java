package io.github.geoclaims.validation;

import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.validation.internal.PrecompiledRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The entry point of validation: validates any model object and returns all violations, each with a path, a stable
 * code and a message.
 *
 * <p>Every rule is a Jakarta Validation constraint, so a container (Spring, Quarkus) enforces the same rules with
 * {@code @Valid}. This class adds what a container does not: stable {@link ViolationCode codes}, a deterministic
 * order, and a factory that needs no Expression Language implementation (Hibernate Validator's
 * {@link ParameterMessageInterpolator}; no message of this library uses EL).
 *
 * <pre>{@code
 * List<Violation> violations = GeoClaimsValidator.shared().validate(document);
 * GeoClaimsValidator.shared().requireValid(document);   // throws InvalidModelException listing them all
 * }</pre>
 *
 * <p>{@link #shared()} first decides in one precompiled pass whether the object breaks any rule, with the same
 * verdict as the Jakarta constraints (tested on generated valid and damaged documents); only when it does, Hibernate
 * Validator runs to report every violation. A valid object thus costs a fraction of a Hibernate Validator walk, and
 * Hibernate Validator bootstraps (a few hundred milliseconds) only when the first invalid object is seen.
 * {@link #using(Validator)} always validates with the given validator, which may carry constraints of its own.
 *
 * <p>Instances are thread-safe.
 */
public final class GeoClaimsValidator {

  /** The Jakarta validator, or {@code null} for the shared instance, which bootstraps its own when first needed. */
  private final Validator validator;

  private GeoClaimsValidator(Validator validator) {
    this.validator = validator;
  }

  /** Returns the shared instance, created on first use. */
  public static GeoClaimsValidator shared() {
    return SharedInstance.INSTANCE;
  }

  /**
   * Returns a validator that delegates to the given Jakarta {@link Validator}, such as a container's.
   *
   * @param validator the Jakarta validator
   * @return the geoclaims validator
   */
  public static GeoClaimsValidator using(Validator validator) {
    return new GeoClaimsValidator(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Validates a model object and everything it contains.
   *
   * @param model a model object, such as a {@code ClaimDocument} or a {@code Claim}
   * @return every violation, sorted by path and code; empty if the object is valid
   */
  public List<Violation> validate(Object model) {
    Objects.requireNonNull(model, "model");
    if (validator == null && PrecompiledRules.covers(model) && PrecompiledRules.isValid(model)) {
      return List.of();
    }
    return toViolations((validator == null ? HibernateValidatorHolder.VALIDATOR : validator).validate(model));
  }

  /**
   * Returns a verdict on the claims that follow a document's header, for a reader that reads them one at a time:
   * {@code true} if a claim breaks no rule in a document with this header (its own rules, its references to the
   * header's actors and sources, its quotes and statement times against the sources), leaving aside whether its
   * identifier and its attributions' are unique in the document, which only the reader can know. Decided by the
   * precompiled pass without building a document; a caller that needs the violations of a claim that fails
   * validates it in a document of its own. Empty for a validator {@linkplain #using(Validator) using} a Jakarta
   * validator, whose constraints may go beyond the model's.
   *
   * <pre>{@code
   * Predicate<Claim> valid = GeoClaimsValidator.shared().claimVerdict(header).orElseThrow();
   * boolean ok = valid.test(claim);
   * }</pre>
   *
   * @param header the document read before its claims, validated; its claims are not looked at
   * @return the verdict, not thread-safe (one per reader), or empty
   */
  public Optional<Predicate<Claim>> claimVerdict(ClaimDocument header) {
    Objects.requireNonNull(header, "header");
    return validator == null ? Optional.of(PrecompiledRules.claimsIn(header)) : Optional.empty();
  }

  /**
   * Returns the object if it is valid, and otherwise throws one exception listing every violation.
   *
   * @param model a model object
   * @param <T> the object's type
   * @return {@code model}
   * @throws InvalidModelException if any rule is broken
   */
  public <T> T requireValid(T model) {
    List<Violation> violations = validate(model);
    if (!violations.isEmpty()) {
      throw new InvalidModelException(violations);
    }
    return model;
  }

  /**
   * Converts Jakarta violations, such as a container reports, to geoclaims violations.
   *
   * @param violations the Jakarta violations
   * @return the violations with their codes, sorted by path and code
   */
  public static List<Violation> toViolations(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(GeoClaimsValidator::toViolation)
        .sorted(Comparator.comparing(Violation::path).thenComparing(v -> v.code().code())
            .thenComparing(Violation::message))
        .collect(Collectors.toUnmodifiableList());
  }

  private static Violation toViolation(ConstraintViolation<?> violation) {
    return new Violation(violation.getPropertyPath().toString(), codeOf(violation), violation.getMessage());
  }

  private static ViolationCode codeOf(ConstraintViolation<?> violation) {
    if (violation instanceof HibernateConstraintViolation) {
      ViolationCode dynamic =
          ((HibernateConstraintViolation<?>) violation).getDynamicPayload(ViolationCode.class);
      if (dynamic != null) {
        return dynamic;
      }
    }
    return ViolationCode.forConstraint(
            violation.getConstraintDescriptor().getAnnotation().annotationType())
        .orElse(ViolationCode.OTHER);
  }

  /** Holds the shared instance. */
  private static final class SharedInstance {
    private static final GeoClaimsValidator INSTANCE = new GeoClaimsValidator(null);
  }

  /**
   * Holds the shared instance's Hibernate Validator, so that it bootstraps only when first needed.
   *
   * <p>Hibernate Validator logs its version ({@code HV000001}) at INFO the first time it bootstraps, through JBoss
   * Logging, which writes to {@code java.util.logging} when no other logging library is present: a line on standard
   * error of every program that validates. A library stays silent, so that logger's level is raised to WARNING,
   * unless the application has set it. An application that logs through Log4j or SLF4J decides in its own logging
   * configuration (category {@code org.hibernate.validator.internal.util.Version}).
   */
  private static final class HibernateValidatorHolder {
    /** The logger of the start-up message; held here, since {@code java.util.logging} holds loggers weakly. */
    private static final Logger VERSION_LOG = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    private static final Validator VALIDATOR;

    static {
      if (VERSION_LOG.getLevel() == null) {
        VERSION_LOG.setLevel(Level.WARNING);
      }
      ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
      VALIDATOR = factory.getValidator();
    }
  }
}
