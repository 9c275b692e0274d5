package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.AcyclicRelations;
import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import io.github.geoclaims.validation.constraints.QuotesMatchSourceText;
import io.github.geoclaims.validation.constraints.ResolvedReferences;
import io.github.geoclaims.validation.constraints.StatementsNotAfterPublication;
import io.github.geoclaims.validation.constraints.UniqueIdentifiers;
import jakarta.validation.Valid;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A self-contained collection of actors, sources, claims and the relations between claims, in which every reference
 * resolves: the unit that is validated, written and read.
 *
 * <p>Besides its data, a document answers the common questions: which claims involve an actor, which attributions
 * a source makes, the chain and independent origins behind a claim, which claims contradict it.
 *
 * <pre>{@code
 * ClaimDocument document = ClaimDocument.builder()
 *     .id("example").addActor(northKorea).addActor(russia).addActor(whiteHouse)
 *     .addSource(briefing).addClaim(shipped)
 *     .build();
 * List<Claim> involvingNorthKorea = document.claimsByActor("north-korea");
 * }</pre>
 */
@Value.Immutable
@UniqueIdentifiers
@ResolvedReferences
@QuotesMatchSourceText
@StatementsNotAfterPublication
@AcyclicRelations
abstract class AbstractClaimDocument implements Extensible {

  /** Returns the document's identifier. */
  @Identifier
  public abstract String getId();

  /** Returns a human-readable title. */
  public abstract Optional<@NotBlankIfPresent String> getTitle();

  /** Returns what the document covers and how it was compiled. */
  public abstract Optional<@NotBlankIfPresent String> getDescription();

  /** Returns the actors. */
  public abstract List<@Valid Actor> getActors();

  /** Returns the sources. */
  public abstract List<@Valid Source> getSources();

  /** Returns the communicative acts the attributions report: the units of origin. */
  public abstract List<@Valid Communication> getCommunications();

  /** Returns the claims. */
  public abstract List<@Valid Claim> getClaims();

  /** Returns the relations between claims. */
  public abstract List<@Valid ClaimRelation> getRelations();

  /**
   * Returns the actor with the given identifier.
   *
   * @param actorId the identifier
   * @return the actor, or empty
   */
  public final Optional<Actor> findActor(String actorId) {
    return Optional.ofNullable(actorsById().get(actorId));
  }

  /**
   * Returns the source with the given identifier.
   *
   * @param sourceId the identifier
   * @return the source, or empty
   */
  public final Optional<Source> findSource(String sourceId) {
    return Optional.ofNullable(sourcesById().get(sourceId));
  }

  /**
   * Returns the communication with the given identifier.
   *
   * @param communicationId the identifier
   * @return the communication, or empty
   */
  public final Optional<Communication> findCommunication(String communicationId) {
    return Optional.ofNullable(communicationsById().get(communicationId));
  }

  /**
   * Returns the claim with the given identifier.
   *
   * @param claimId the identifier
   * @return the claim, or empty
   */
  public final Optional<Claim> findClaim(String claimId) {
    return Optional.ofNullable(claimsById().get(claimId));
  }

  /**
   * Returns the claims an actor is involved in, as a participant or as a claimant of one of its attributions.
   *
   * @param actorId the actor's identifier
   * @return the claims, in document order
   */
  public final List<Claim> claimsByActor(String actorId) {
    return queries().claimsInvolving(actorId);
  }

  /**
   * Returns the claims an actor is a participant of (the claims about the actor).
   *
   * @param actorId the actor's identifier
   * @return the claims, in document order
   */
  public final List<Claim> claimsAbout(String actorId) {
    return queries().claimsAbout(actorId);
  }

  /**
   * Returns the claims an actor puts forward or reacts to: those with an attribution whose claimant it is.
   *
   * @param actorId the actor's identifier
   * @return the claims, in document order
   */
  public final List<Claim> claimsClaimedBy(String actorId) {
    return queries().claimsClaimedBy(actorId);
  }

  /**
   * Returns the attributions that appear in a source, across all claims.
   *
   * @param sourceId the source's identifier
   * @return the attributions, in document order
   */
  public final List<Attribution> attributionsBySource(String sourceId) {
    return queries().attributionsBySource(sourceId);
  }

  /**
   * Returns the chain of the attribution with the given identifier: the attribution, the one it relays, and so on
   * to the origin.
   *
   * @param attributionId the attribution's identifier
   * @return the chain (of the first claim, in document order, with that attribution), or an empty list if no claim
   *     has that attribution
   */
  public final List<Attribution> chainOf(String attributionId) {
    Claim claim = queries().claimWithAttribution(attributionId);
    return claim == null ? List.of() : claim.chainOf(claim.findAttribution(attributionId).orElseThrow());
  }

  /**
   * Returns how many independent origins stand behind a claim (see {@link Claim#independentOrigins()}).
   *
   * @param claimId the claim's identifier
   * @return the number of independent origins, 0 if there is no such claim
   */
  public final int independentOriginCount(String claimId) {
    return findClaim(claimId).map(claim -> claim.independentOrigins().size()).orElse(0);
  }

  /**
   * Returns the independent origins behind a claim, as seen from outside this document: each origin's reference is
   * global ({@code document/communication}, {@code document/actor}), so that origins from several documents compare.
   *
   * @param claimId the claim's identifier
   * @return the origins, in order of first appearance; empty if there is no such claim
   */
  public final Set<Origin> globalOrigins(String claimId) {
    Set<Origin> origins = new LinkedHashSet<>();
    findClaim(claimId).ifPresent(claim -> claim.independentOrigins().forEach(origin -> origins.add(origin.in(getId()))));
    return Collections.unmodifiableSet(origins);
  }

  /**
   * Returns the claims that contradict or deny the given claim, or that it contradicts or denies.
   *
   * @param claimId the claim's identifier
   * @return the other claims, in document order
   */
  public final List<Claim> contradictionsOf(String claimId) {
    return queries().contradictionsOf(claimId);
  }

  /**
   * Returns the indexes behind the queries, each built in one pass over the document on first use: a query then
   * costs the size of its answer, not a pass over every claim.
   */
  @Value.Lazy
  DocumentQueries queries() {
    return new DocumentQueries(getId(), getClaims(), getRelations());
  }

  @Value.Lazy
  Map<String, Actor> actorsById() {
    return index(getActors(), Actor::getId);
  }

  @Value.Lazy
  Map<String, Source> sourcesById() {
    return index(getSources(), Source::getId);
  }

  @Value.Lazy
  Map<String, Communication> communicationsById() {
    return index(getCommunications(), Communication::getId);
  }

  @Value.Lazy
  Map<String, Claim> claimsById() {
    return index(getClaims(), Claim::getId);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T item : items) {
      byId.putIfAbsent(id.apply(item), item);
    }
    return byId;
  }
}
