package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Extensible;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides in one pass, without Hibernate Validator, whether a model object breaks any rule: the fast path of
 * {@link io.github.geoclaims.validation.GeoClaimsValidator#shared()}.
 *
 * <p>Each check calls the very validator Hibernate Validator calls for that constraint of the model, with a
 * context that stops at the first violation. Only the verdict comes from here: when it is "invalid",
 * {@code GeoClaimsValidator} asks Hibernate Validator for the full report. Tests hold the two to the same verdict on
 * generated valid and damaged documents, and list every constraint the model declares, so that a new constraint
 * cannot be missed here.
 *
 * <p>The rules about a whole document (unique identifiers, resolved references, quotes that match their source's
 * text, statements not after publication) are decided in the same walk over the document as the rules about its
 * parts, from one index of its identifiers: a document is walked once, not once per rule.
 *
 * <p>Internal API: public only so that {@code GeoClaimsValidator} can reach it; use
 * {@code GeoClaimsValidator.shared()}.
 */
public final class PrecompiledRules {

  private static final ConstraintValidator<?, Object> ACYCLIC_RELATIONS = new AcyclicRelationsValidator();
  private static final ConstraintValidator<?, Object> CONSISTENT_GROUP = new ConsistentGroupValidator();
  private static final ConstraintValidator<?, Object> CONSISTENT_ATTRIBUTION_CHAINS =
      new ConsistentAttributionChainsValidator();
  private static final ConstraintValidator<?, Object> CORROBORATED = new CorroboratedByIndependentOriginsValidator();
  private static final ConstraintValidator<?, Object> CONSISTENT_QUANTITY = new ConsistentQuantityValidator();
  private static final ConstraintValidator<?, Object> CONSISTENT_ANCHOR = new ConsistentAnchorValidator();
  private static final ConstraintValidator<?, Object> CONSISTENT_TIME = new ConsistentTimeValidator();
  private static final ConstraintValidator<?, Object> VERDICT_HAS_EVIDENCE = new VerdictHasEvidenceValidator();
  private static final CountryCodeValidator COUNTRY_CODE = new CountryCodeValidator();
  private static final LanguageTagValidator LANGUAGE_TAG = new LanguageTagValidator();
  private static final HttpUrlValidator HTTP_URL = new HttpUrlValidator();
  private static final IdentifierValidator IDENTIFIER = new IdentifierValidator();
  private static final NotBlankValidator NOT_BLANK = new NotBlankValidator();
  private static final NotBlankIfPresentValidator NOT_BLANK_IF_PRESENT = new NotBlankIfPresentValidator();
  private static final ExtensionNameValidator EXTENSION_NAME = new ExtensionNameValidator();
  private static final WikidataIdValidator WIKIDATA_ID = new WikidataIdValidator();
  private static final SourceReliabilityValidator SOURCE_RELIABILITY = new SourceReliabilityValidator();
  private static final InformationCredibilityValidator INFORMATION_CREDIBILITY =
      new InformationCredibilityValidator();
  private static final ProbabilityValidator PROBABILITY = new ProbabilityValidator();
  private static final PositiveValidator POSITIVE = new PositiveValidator();
  private static final PositiveOrZeroValidator POSITIVE_OR_ZERO = new PositiveOrZeroValidator();
  private static final NotEmptyValidator NOT_EMPTY = new NotEmptyValidator();
  private static final AttributedValidator ATTRIBUTED = new AttributedValidator();

  private PrecompiledRules() {}

  /**
   * Returns whether this class decides for objects of the given kind: the model types, not arbitrary beans.
   *
   * @param model any object
   * @return {@code true} if {@link #isValid(Object)} applies
   */
  public static boolean covers(Object model) {
    return model instanceof ClaimDocument || model instanceof Actor || model instanceof Role
        || model instanceof Source || model instanceof Citation || model instanceof TextAnchor
        || model instanceof TimeSpec || model instanceof Claim || model instanceof Participant
        || model instanceof Quantity || model instanceof Attribution || model instanceof VerificationAssessment
        || model instanceof Evidence || model instanceof AdmiraltyRating || model instanceof ClaimRelation;
  }

  /**
   * Returns {@code true} if the model object, and everything it contains, breaks no rule.
   *
   * @param model an object for which {@link #covers(Object)} holds
   * @return the verdict
   */
  public static boolean isValid(Object model) {
    try {
      return check(model);
    } catch (Violated e) {
      return false;
    }
  }

  private static boolean check(Object model) {
    if (model instanceof ClaimDocument) {
      return document((ClaimDocument) model);
    } else if (model instanceof Actor) {
      return actor((Actor) model);
    } else if (model instanceof Role) {
      return role((Role) model);
    } else if (model instanceof Source) {
      return source((Source) model);
    } else if (model instanceof Citation) {
      return citation((Citation) model);
    } else if (model instanceof TextAnchor) {
      return anchor((TextAnchor) model);
    } else if (model instanceof TimeSpec) {
      return time((TimeSpec) model);
    } else if (model instanceof Claim) {
      return claim((Claim) model);
    } else if (model instanceof Participant) {
      return participant((Participant) model);
    } else if (model instanceof Quantity) {
      return quantity((Quantity) model);
    } else if (model instanceof Attribution) {
      return attribution((Attribution) model);
    } else if (model instanceof VerificationAssessment) {
      return assessment((VerificationAssessment) model);
    } else if (model instanceof Evidence) {
      return evidence((Evidence) model);
    } else if (model instanceof AdmiraltyRating) {
      return rating((AdmiraltyRating) model);
    } else if (model instanceof ClaimRelation) {
      return relation((ClaimRelation) model);
    }
    throw new IllegalArgumentException("Not a geoclaims model type: " + model.getClass().getName());
  }

  // ---------------------------------------------------------------- model types, in declaration order

  private static boolean document(ClaimDocument d) {
    if (!identifier(d.getId()) || !notBlankIfPresent(d.getTitle()) || !notBlankIfPresent(d.getDescription())
        || !extensions(d)) {
      return false;
    }
    DocumentScope scope = DocumentScope.of(d);
    return scope != null
        && all(d.getActors(), actor -> actor(actor) && scope.resolves(actor))
        && all(d.getSources(), source -> source(source) && scope.resolves(source))
        && all(d.getClaims(), claim -> claim(claim) && scope.admits(claim))
        && all(d.getRelations(), relation -> relation(relation) && scope.resolves(relation))
        && holds(ACYCLIC_RELATIONS, d);
  }

  private static boolean actor(Actor a) {
    return identifier(a.getId()) && known(a.getKind()) && notBlank(a.getName())
        && all(a.getAliases(), PrecompiledRules::notBlank)
        && ifPresent(a.getCountryCode(), code -> COUNTRY_CODE.isValid(code, null))
        && ifPresent(a.getWikidataId(), id -> WIKIDATA_ID.isValid(id, null))
        && all(a.getRoles(), PrecompiledRules::role) && all(a.getMembers(), PrecompiledRules::identifier)
        && ifPresent(a.getMemberCount(), count -> POSITIVE.isValid(count, null))
        && notBlankIfPresent(a.getDescription()) && notBlankIfPresent(a.getIdentityCaveat()) && extensions(a)
        && holds(CONSISTENT_GROUP, a);
  }

  private static boolean role(Role r) {
    return notBlank(r.getTitle()) && identifier(r.getOrganisation());
  }

  private static boolean source(Source s) {
    return identifier(s.getId()) && known(s.getKind()) && notBlankIfPresent(s.getTitle())
        && ifPresent(s.getUrl(), url -> HTTP_URL.isValid(url, null)) && identifier(s.getPublisher())
        && all(s.getAuthors(), PrecompiledRules::identifier)
        && ifPresent(s.getLanguage(), tag -> LANGUAGE_TAG.isValid(tag, null))
        && all(s.getCitations(), PrecompiledRules::citation) && identifier(s.getAttachedTo())
        && notBlankIfPresent(s.getDescription()) && extensions(s);
  }

  private static boolean citation(Citation c) {
    return notBlankIfPresent(c.getMarker()) && notBlankIfPresent(c.getTitle())
        && ifPresent(c.getUrl(), url -> HTTP_URL.isValid(url, null)) && identifier(c.getSource())
        && ifPresent(c.getAnchor(), PrecompiledRules::anchor) && notBlankIfPresent(c.getNote());
  }

  private static boolean anchor(TextAnchor t) {
    return NOT_EMPTY.isValid(t.getExact(), null) && POSITIVE_OR_ZERO.isValid(t.getStart(), null)
        && POSITIVE_OR_ZERO.isValid(t.getEnd(), null) && holds(CONSISTENT_ANCHOR, t);
  }

  private static boolean time(TimeSpec t) {
    return notBlankIfPresent(t.getExpression()) && holds(CONSISTENT_TIME, t);
  }

  private static boolean claim(Claim c) {
    return identifier(c.getId()) && notBlank(c.getProposition()) && known(c.getEventKind())
        && all(c.getParticipants(), PrecompiledRules::participant)
        && ifPresent(c.getTime(), PrecompiledRules::time) && notBlankIfPresent(c.getLocation())
        && all(c.getQuantities(), PrecompiledRules::quantity)
        && ATTRIBUTED.isValid(c.getAttributions(), null) && all(c.getAttributions(), PrecompiledRules::attribution)
        && all(c.getAssessments(), PrecompiledRules::assessment) && notBlankIfPresent(c.getNote()) && extensions(c)
        && holds(CONSISTENT_ATTRIBUTION_CHAINS, c) && holds(CORROBORATED, c);
  }

  private static boolean participant(Participant p) {
    return identifier(p.getActor()) && known(p.getRole());
  }

  private static boolean quantity(Quantity q) {
    return notBlank(q.getUnit()) && notBlankIfPresent(q.getText()) && holds(CONSISTENT_QUANTITY, q);
  }

  private static boolean attribution(Attribution a) {
    return identifier(a.getId()) && identifier(a.getClaimant()) && identifier(a.getSource())
        && known(a.getMode()) && known(a.getStance()) && known(a.getModality())
        && all(a.getHedges(), PrecompiledRules::notBlank)
        && ifPresent(a.getStatedAt(), PrecompiledRules::time)
        && ifPresent(a.getQuote(), PrecompiledRules::anchor) && identifier(a.getRelayedFrom())
        && notBlankIfPresent(a.getNote()) && extensions(a);
  }

  private static boolean assessment(VerificationAssessment v) {
    return known(v.getStatus()) && identifier(v.getAssessor()) && notBlank(v.getRationale())
        && all(v.getEvidence(), PrecompiledRules::evidence)
        && ifPresent(v.getConfidence(), p -> PROBABILITY.isValid(p, null))
        && ifPresent(v.getAdmiraltyRating(), PrecompiledRules::rating)
        && holds(VERDICT_HAS_EVIDENCE, v);
  }

  private static boolean evidence(Evidence e) {
    return notBlank(e.getDescription()) && identifier(e.getSource());
  }

  private static boolean rating(AdmiraltyRating r) {
    return SOURCE_RELIABILITY.isValid(r.getSourceReliability(), null)
        && INFORMATION_CREDIBILITY.isValid(r.getInformationCredibility(), null);
  }

  private static boolean relation(ClaimRelation r) {
    return identifier(r.getFrom()) && known(r.getKind()) && identifier(r.getTo())
        && identifier(r.getTargetDocument()) && notBlankIfPresent(r.getNote());
  }

  // ---------------------------------------------------------------- property constraints

  /** Returns {@code true} if the value is absent or passes the rule: a constraint on an optional value. */
  private static <T> boolean ifPresent(Optional<T> value, Predicate<T> rule) {
    return value.isEmpty() || rule.test(value.get());
  }

  private static <T> boolean all(List<T> values, Predicate<T> rule) {
    for (int i = 0; i < values.size(); i++) {
      if (!rule.test(values.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code @KnownTerm}. */
  private static boolean known(Term term) {
    return term.isKnown();
  }

  /** {@code @NotBlank}. */
  private static boolean notBlank(String value) {
    return NOT_BLANK.isValid(value, null);
  }

  /** {@code @NotBlankIfPresent}. */
  private static boolean notBlankIfPresent(Optional<String> value) {
    return value.isEmpty() || NOT_BLANK_IF_PRESENT.isValid(value.get(), null);
  }

  /** {@code @Identifier} on an optional value. */
  private static boolean identifier(Optional<String> value) {
    return value.isEmpty() || identifier(value.get());
  }

  /** {@code @Identifier}. */
  private static boolean identifier(String value) {
    return IDENTIFIER.isValid(value, null);
  }

  /** {@code @ExtensionName} on every extension name. */
  private static boolean extensions(Extensible model) {
    for (String name : model.getExtensions().keySet()) {
      if (!EXTENSION_NAME.isValid(name, null)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- class-level constraints

  /** Runs a class-level validator for its verdict only; it stops at the first violation it would report. */
  private static boolean holds(ConstraintValidator<?, Object> validator, Object value) {
    return validator.isValid(value, VerdictContext.INSTANCE);
  }

  /** Thrown by {@link VerdictContext} when a validator starts to report: the verdict is known. */
  private static final class Violated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Violated() {
      super(null, null, false, false);
    }
  }

  /**
   * A context for a verdict only: the library's validators call {@link #disableDefaultConstraintViolation()}
   * before they report a violation, so it stops validation there instead of building a report.
   */
  private static final class VerdictContext implements ConstraintValidatorContext {
    static final VerdictContext INSTANCE = new VerdictContext();

    @Override
    public void disableDefaultConstraintViolation() {
      throw new Violated();
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
      throw new Violated();
    }

    @Override
    public ClockProvider getClockProvider() {
      throw new UnsupportedOperationException("The library's validators do not read the clock");
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
      throw new Violated();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException("A verdict context wraps no provider context");
    }
  }
}
