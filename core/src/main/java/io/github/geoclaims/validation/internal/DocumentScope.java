package io.github.geoclaims.validation.internal;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.QuotesMatchSourceText;
import io.github.geoclaims.validation.constraints.ResolvedReferences;
import io.github.geoclaims.validation.constraints.StatementsNotAfterPublication;
import io.github.geoclaims.validation.constraints.UniqueIdentifiers;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The identifiers of one document, with which {@link PrecompiledRules} decides the rules about the whole document
 * part by part, in its one walk over the document: those of {@link UniqueIdentifiersValidator},
 * {@link ResolvedReferencesValidator}, {@link QuotesMatchSourceTextValidator} and
 * {@link StatementsNotAfterPublicationValidator}. Verdicts only; the validators report. Claims and attributions
 * are indexed as the walk admits them, so each claim must be {@link #admits admitted} before the relations are
 * {@link #resolves(ClaimRelation) resolved}: the walk follows the document's property order, claims before
 * relations. (Were it the other way round, a valid document would be judged invalid, and Hibernate Validator would
 * then report no violation: slower, never wrong.)
 *
 * <p>The plan uses a scope for a type that {@link #decides(ModelType) it decides}, in place of the validators of
 * the {@link #DECIDED} constraints, and checks each element of the type's lists with the {@link #partCheck(Class)
 * check} of its class.
 */
final class DocumentScope {

  /** The class-level constraints of {@link ClaimDocument} whose verdict a scope gives, in one walk. */
  static final Set<Class<? extends Annotation>> DECIDED = Set.of(UniqueIdentifiers.class, ResolvedReferences.class,
      QuotesMatchSourceText.class, StatementsNotAfterPublication.class);

  /** The kinds of part a scope looks up every reference to: see {@link #resolvesEvery(Annotation)}. */
  private static final Set<Class<?>> LOOKED_UP = Set.of(Actor.class, Source.class, Claim.class);

  /** A check of one part of a document (an actor, a source, ...) against the document's scope. */
  @FunctionalInterface
  interface PartCheck {
    /** Returns {@code true} if the part breaks none of the {@link #DECIDED} rules, as far as the walk has come. */
    boolean admits(DocumentScope scope, Object part);
  }

  private final String documentId;
  private final Set<String> actors;
  private final Map<String, Source> sources;
  private final Set<String> claims;
  private final Set<String> attributions;
  /** The source texts anchors were checked against, by identity of the text. */
  private final Map<String, SourceText> texts = new IdentityHashMap<>();

  private DocumentScope(ClaimDocument document, Set<String> actors, Map<String, Source> sources) {
    this.documentId = document.getId();
    this.actors = actors;
    this.sources = sources;
    this.claims = new HashSet<>(capacity(document.getClaims().size()));
    this.attributions = new HashSet<>(capacity(4 * document.getClaims().size()));
  }

  /**
   * Indexes the actors and sources of a document.
   *
   * @param document the document
   * @return the scope, or {@code null} if two actors or two sources share an identifier
   */
  static DocumentScope of(ClaimDocument document) {
    Set<String> actors = new HashSet<>(capacity(document.getActors().size()));
    for (Actor actor : document.getActors()) {
      if (!actors.add(actor.getId())) {
        return null;
      }
    }
    Map<String, Source> sources = new HashMap<>(capacity(document.getSources().size()));
    for (Source source : document.getSources()) {
      if (sources.putIfAbsent(source.getId(), source) != null) {
        return null;
      }
    }
    return new DocumentScope(document, actors, sources);
  }

  /**
   * Returns {@code true} if a scope decides the document-level rules of the type: it is {@link ClaimDocument} and
   * declares every one of the {@link #DECIDED} constraints.
   */
  static boolean decides(ModelType<?> type) {
    Set<Class<? extends Annotation>> declared = new HashSet<>();
    type.constraints().forEach(constraint -> declared.add(constraint.annotationType()));
    return type.javaType() == ClaimDocument.class && declared.containsAll(DECIDED);
  }

  /**
   * Returns {@code true} if the constraint is an {@link Identifier} that {@linkplain Identifier#refersTo() refers
   * to} an actor, a source or a claim: the scope looks up every such value of a document among the identifiers of
   * its parts of that kind (the {@code resolves} methods below). A value the lookup finds equals the identifier of
   * a part, whose own {@code @Identifier} check it therefore passes; a value it does not find makes the document
   * invalid whatever its form. So within a document the plan leaves the form of such values to the lookup.
   *
   * @param constraint a constraint on a property's values
   * @return whether the scope's lookup decides it within a document
   */
  static boolean resolvesEvery(Annotation constraint) {
    return constraint instanceof Identifier identifier && LOOKED_UP.contains(identifier.refersTo());
  }

  /**
   * Returns the check of a document's parts of one class against the scope.
   *
   * @param partType the class of the elements of a list of the document
   * @return the check, or {@code null} if the scope has nothing to check about such parts
   */
  static PartCheck partCheck(Class<?> partType) {
    if (partType == Actor.class) {
      return (scope, part) -> scope.resolves((Actor) part);
    } else if (partType == Source.class) {
      return (scope, part) -> scope.resolves((Source) part);
    } else if (partType == Claim.class) {
      return (scope, part) -> scope.admits((Claim) part);
    } else if (partType == ClaimRelation.class) {
      return (scope, part) -> scope.resolves((ClaimRelation) part);
    }
    return null;
  }

  /** The initial capacity of a hash table for {@code size} entries, so that it is never resized. */
  private static int capacity(int size) {
    return size * 4 / 3 + 1;
  }

  /** Returns {@code true} if the actor's members and organisations name actors of the document. */
  boolean resolves(Actor actor) {
    if (!actors.containsAll(actor.getMembers())) {
      return false;
    }
    for (Role role : actor.getRoles()) {
      if (!resolvesActor(role.getOrganisation())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code true} if the source's publisher, authors, attachment and citations name parts of the document,
   * and its citations' anchors match its text.
   */
  boolean resolves(Source source) {
    if (!resolvesActor(source.getPublisher()) || !actors.containsAll(source.getAuthors())
        || !resolvesSource(source.getAttachedTo())) {
      return false;
    }
    for (Citation citation : source.getCitations()) {
      if (!resolvesSource(citation.getSource()) || !matches(source, citation.getAnchor())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Indexes a claim and its attributions, and returns {@code true} if their identifiers are new and the claim
   * {@link #resolves(Claim) resolves} in the document.
   */
  boolean admits(Claim claim) {
    if (!claims.add(claim.getId())) {
      return false;
    }
    List<Attribution> claimAttributions = claim.getAttributions();
    for (int i = 0; i < claimAttributions.size(); i++) {
      if (!attributions.add(claimAttributions.get(i).getId())) {
        return false;
      }
    }
    return resolves(claim);
  }

  /**
   * Returns {@code true} if everything the claim refers to is in the document (participants, assessors, evidence,
   * claimants and sources), its quotes match their source's text, and no statement is dated after its source was
   * published; whether its identifiers are unique is left aside, and nothing is indexed.
   */
  boolean resolves(Claim claim) {
    for (Participant participant : claim.getParticipants()) {
      if (!actors.contains(participant.getActor())) {
        return false;
      }
    }
    for (VerificationAssessment assessment : claim.getAssessments()) {
      if (!resolvesActor(assessment.getAssessor())) {
        return false;
      }
      for (Evidence evidence : assessment.getEvidence()) {
        if (!resolvesSource(evidence.getSource())) {
          return false;
        }
      }
    }
    List<Attribution> claimAttributions = claim.getAttributions();
    for (int i = 0; i < claimAttributions.size(); i++) {
      if (!resolves(claimAttributions.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean resolves(Attribution attribution) {
    Source source = sources.get(attribution.getSource());
    return actors.contains(attribution.getClaimant()) && source != null && matches(source, attribution.getQuote())
        && !isStatedAfterPublication(attribution, source);
  }

  /** Returns {@code true} if the relation's claims are in the document (its target, if the target is not another). */
  boolean resolves(ClaimRelation relation) {
    return claims.contains(relation.getFrom())
        && (!relation.isTargetIn(documentId) || claims.contains(relation.getTo()));
  }

  private boolean resolvesActor(Optional<String> id) {
    return id.isEmpty() || actors.contains(id.get());
  }

  private boolean resolvesSource(Optional<String> id) {
    return id.isEmpty() || sources.containsKey(id.get());
  }

  /** Returns {@code true} unless the anchor is present and the source has a text the anchor does not match. */
  private boolean matches(Source source, Optional<TextAnchor> anchor) {
    Optional<String> text = source.getText();
    return anchor.isEmpty() || text.isEmpty()
        || texts.computeIfAbsent(text.get(), SourceText::new).matches(anchor.get());
  }

  private static boolean isStatedAfterPublication(Attribution attribution, Source source) {
    Optional<TimePoint> published = source.getPublishedAt();
    Optional<TimeSpec> statedAt = attribution.getStatedAt();
    if (published.isEmpty() || statedAt.isEmpty()) {
      return false;
    }
    Optional<TimePoint> stated = statedAt.get().earliest();
    return stated.isPresent() && stated.get().isCertainlyAfter(published.get());
  }
}
