package io.github.geoclaims.json.stream;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.VerificationAssessment;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the document a streamed claim is validated in: the header's id, the claim as {@code claims[0]}, and the
 * header's actors and sources the claim names, with those they name in turn (members, organisations, publishers,
 * authors, attachments, cited sources). The probe of a claim that is valid in its whole document is therefore
 * valid too, so the validator's precompiled pass accepts it without a full report.
 */
final class ClaimProbe {

  private final String documentId;
  private final Map<String, Actor> actors;
  private final Map<String, Source> sources;

  /**
   * Indexes the header's actors and sources.
   *
   * @param header the document read before its claims
   */
  ClaimProbe(ClaimDocument header) {
    this.documentId = header.getId();
    this.actors = index(header.getActors(), Actor::getId);
    this.sources = index(header.getSources(), Source::getId);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T item : items) {
      byId.putIfAbsent(id.apply(item), item);
    }
    return byId;
  }

  /**
   * Returns the probe document of a claim.
   *
   * @param claim a claim of the document
   * @return the header's id, the actors and sources the claim needs, and the claim
   */
  ClaimDocument of(Claim claim) {
    return new Closure().of(claim);
  }

  /** The actors and sources one claim needs, collected with a list of those to follow rather than recursion. */
  private final class Closure {
    private final Map<String, Actor> usedActors = new LinkedHashMap<>();
    private final Map<String, Source> usedSources = new LinkedHashMap<>();
    private final Deque<Object> pending = new ArrayDeque<>();

    ClaimDocument of(Claim claim) {
      for (Participant participant : claim.getParticipants()) {
        actor(participant.getActor());
      }
      for (Attribution attribution : claim.getAttributions()) {
        actor(attribution.getClaimant());
        source(attribution.getSource());
      }
      for (VerificationAssessment assessment : claim.getAssessments()) {
        assessment.getAssessor().ifPresent(this::actor);
        for (Evidence evidence : assessment.getEvidence()) {
          evidence.getSource().ifPresent(this::source);
        }
      }
      while (!pending.isEmpty()) {
        Object used = pending.pop();
        if (used instanceof Actor actor) {
          actor.getMembers().forEach(this::actor);
          actor.getRoles().forEach(role -> role.getOrganisation().ifPresent(this::actor));
        } else {
          Source source = (Source) used;
          source.getPublisher().ifPresent(this::actor);
          source.getAuthors().forEach(this::actor);
          source.getAttachedTo().ifPresent(this::source);
          source.getCitations().forEach(citation -> citation.getSource().ifPresent(this::source));
        }
      }
      return ClaimDocument.builder().id(documentId).addAllActors(usedActors.values())
          .addAllSources(usedSources.values()).addClaim(claim).build();
    }

    private void actor(String id) {
      Actor actor = actors.get(id);
      if (actor != null && usedActors.putIfAbsent(id, actor) == null) {
        pending.push(actor);
      }
    }

    private void source(String id) {
      Source source = sources.get(id);
      if (source != null && usedSources.putIfAbsent(id, source) == null) {
        pending.push(source);
      }
    }
  }
}
