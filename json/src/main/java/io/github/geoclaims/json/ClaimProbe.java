package io.github.geoclaims.json;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.VerificationAssessment;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds the document a streamed claim is validated in when the validator's verdict against the header
 * ({@code GeoClaimsValidator.claimVerdict}) rejects it, to report its violations, or when the validator cannot give
 * such a verdict: the header's id, the claim as {@code claims[0]}, and a
 * stand-in for each of the header's actors and sources the claim names. A stand-in keeps what the rules about a
 * claim read of it (an actor's id, kind and name; a source's id, kind, text and publication time) and nothing that
 * names other parts of the header, which was validated on its own. So the probe of a claim that is valid in its
 * document is valid, and cheap to validate: the validator's precompiled pass accepts it without a full report.
 *
 * <p>What follows the claims (relations, extensions) is validated in a probe of its own, with a stand-in for each
 * claim a relation names: the claim's id, and what any claim needs to be valid (a proposition, an event kind, one
 * attribution to the header's first actor and source), so that the relations' references resolve.
 */
final class ClaimProbe {

  private final String documentId;
  private final Map<String, Actor> actors;
  private final Map<String, Source> sources;

  /**
   * Makes the stand-ins of the header's actors and sources.
   *
   * @param header the document read before its claims
   */
  ClaimProbe(ClaimDocument header) {
    this.documentId = header.getId();
    this.actors = index(header.getActors(), Actor::getId,
        actor -> Actor.builder().id(actor.getId()).kind(actor.getKind()).name(actor.getName()).build());
    this.sources = index(header.getSources(), Source::getId,
        source -> Source.builder().id(source.getId()).kind(source.getKind()).text(source.getText())
            .publishedAt(source.getPublishedAt()).build());
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id, Function<T, T> standIn) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T item : items) {
      byId.computeIfAbsent(id.apply(item), key -> standIn.apply(item));
    }
    return byId;
  }

  /**
   * Returns the probe document of a claim.
   *
   * @param claim a claim of the document
   * @return the header's id, stand-ins of the actors and sources the claim names, and the claim
   */
  ClaimDocument of(Claim claim) {
    Map<String, Actor> usedActors = new LinkedHashMap<>();
    Map<String, Source> usedSources = new LinkedHashMap<>();
    for (Participant participant : claim.getParticipants()) {
      use(actors, participant.getActor(), usedActors);
    }
    for (Attribution attribution : claim.getAttributions()) {
      use(actors, attribution.getClaimant(), usedActors);
      use(sources, attribution.getSource(), usedSources);
    }
    for (VerificationAssessment assessment : claim.getAssessments()) {
      assessment.getAssessor().ifPresent(id -> use(actors, id, usedActors));
      for (Evidence evidence : assessment.getEvidence()) {
        evidence.getSource().ifPresent(id -> use(sources, id, usedSources));
      }
    }
    return ClaimDocument.builder().id(documentId).addAllActors(usedActors.values())
        .addAllSources(usedSources.values()).addClaim(claim).build();
  }

  /**
   * Returns the probe document of what follows the claims.
   *
   * @param relations the relations
   * @param extensions the extensions after the claims
   * @param isClaim tells whether an id is one of the claims read; only those get a stand-in
   * @return the header's id, the relations and extensions, and stand-ins of the claims the relations name, when the
   *     header has an actor and a source for their attribution
   */
  ClaimDocument ofTrailer(List<ClaimRelation> relations, Map<String, String> extensions, Predicate<String> isClaim) {
    ClaimDocument.Builder probe = ClaimDocument.builder().id(documentId).addAllRelations(relations)
        .putAllExtensions(extensions);
    if (actors.isEmpty() || sources.isEmpty()) {
      return probe.build();
    }
    Actor actor = actors.values().iterator().next();
    Source source = sources.values().iterator().next();
    probe.addActor(actor).addSource(source);
    Set<String> named = new LinkedHashSet<>();
    for (ClaimRelation relation : relations) {
      named.add(relation.getFrom());
      named.add(relation.getTo());
    }
    int attribution = 0;
    for (String id : named) {
      if (isClaim.test(id)) {
        probe.addClaim(Claim.builder().id(id).proposition(id).eventKind(EventKind.OTHER)
            .addAttribution(Attribution.builder().id("stand-in-" + attribution++).claimant(actor.getId())
                .source(source.getId()).mode(AttributionMode.AUTHORIAL).stance(Stance.ASSERTS)
                .modality(Modality.ASSERTED).build())
            .build());
      }
    }
    return probe.build();
  }

  private static <T> void use(Map<String, T> known, String id, Map<String, T> used) {
    T item = known.get(id);
    if (item != null) {
      used.putIfAbsent(id, item);
    }
  }
}
