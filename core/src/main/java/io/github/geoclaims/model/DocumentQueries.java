package io.github.geoclaims.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indexes that answer a document's queries ({@link ClaimDocument#claimsByActor}, {@code claimsAbout},
 * {@code claimsClaimedBy}, {@code attributionsBySource}, {@code chainOf}, {@code contradictionsOf}), built together
 * in one pass over the claims and one over the relations when a query is first asked: each query then costs the
 * size of its answer, so asking for every actor's claims costs the document's size once, not once per actor.
 */
final class DocumentQueries {

  private final List<Claim> claims;
  private final Map<String, List<Claim>> claimsAbout = new HashMap<>();
  private final Map<String, List<Claim>> claimsClaimedBy = new HashMap<>();
  private final Map<String, List<Claim>> claimsInvolving = new HashMap<>();
  private final Map<String, List<Attribution>> attributionsBySource = new HashMap<>();
  private final Map<String, Claim> claimsByAttribution = new HashMap<>();
  /** The positions of the claims with each identifier (several only in an invalid document). */
  private final Map<String, List<Integer>> claimPositions = new HashMap<>();
  /** The identifiers of the claims each claim contradicts or denies, or is contradicted or denied by. */
  private final Map<String, Set<String>> opponents = new HashMap<>();

  DocumentQueries(String documentId, List<Claim> claims, List<ClaimRelation> relations) {
    this.claims = claims;
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      claimPositions.computeIfAbsent(claim.getId(), id -> new ArrayList<>(1)).add(i);
      Set<String> participants = new LinkedHashSet<>();
      for (Participant participant : claim.getParticipants()) {
        participants.add(participant.getActor());
      }
      Set<String> claimants = new LinkedHashSet<>();
      for (Attribution attribution : claim.getAttributions()) {
        claimants.add(attribution.getClaimant());
        add(attributionsBySource, attribution.getSource(), attribution);
        claimsByAttribution.putIfAbsent(attribution.getId(), claim);
      }
      Set<String> involved = new LinkedHashSet<>(participants);
      involved.addAll(claimants);
      participants.forEach(actor -> add(claimsAbout, actor, claim));
      claimants.forEach(actor -> add(claimsClaimedBy, actor, claim));
      involved.forEach(actor -> add(claimsInvolving, actor, claim));
    }
    for (ClaimRelation relation : relations) {
      boolean opposing = relation.getKind().equals(RelationKind.CONTRADICTS)
          || relation.getKind().equals(RelationKind.DENIES);
      if (opposing && relation.isTargetIn(documentId)) {
        opponents.computeIfAbsent(relation.getFrom(), id -> new LinkedHashSet<>()).add(relation.getTo());
        opponents.computeIfAbsent(relation.getTo(), id -> new LinkedHashSet<>()).add(relation.getFrom());
      }
    }
  }

  private static <T> void add(Map<String, List<T>> lists, String key, T value) {
    lists.computeIfAbsent(key, id -> new ArrayList<>()).add(value);
  }

  List<Claim> claimsAbout(String actorId) {
    return List.copyOf(claimsAbout.getOrDefault(actorId, List.of()));
  }

  List<Claim> claimsClaimedBy(String actorId) {
    return List.copyOf(claimsClaimedBy.getOrDefault(actorId, List.of()));
  }

  List<Claim> claimsInvolving(String actorId) {
    return List.copyOf(claimsInvolving.getOrDefault(actorId, List.of()));
  }

  List<Attribution> attributionsBySource(String sourceId) {
    return List.copyOf(attributionsBySource.getOrDefault(sourceId, List.of()));
  }

  /** Returns the first claim, in document order, with an attribution of the given identifier, or {@code null}. */
  Claim claimWithAttribution(String attributionId) {
    return claimsByAttribution.get(attributionId);
  }

  /**
   * Returns the claims whose identifier is that of a claim the given one contradicts or denies, or is contradicted
   * or denied by, in document order (the claim itself only through a relation to itself).
   */
  List<Claim> contradictionsOf(String claimId) {
    List<Integer> positions = new ArrayList<>();
    for (String other : opponents.getOrDefault(claimId, Set.of())) {
      positions.addAll(claimPositions.getOrDefault(other, List.of()));
    }
    positions.sort(null);
    List<Claim> found = new ArrayList<>(positions.size());
    for (int position : positions) {
      found.add(claims.get(position));
    }
    return List.copyOf(found);
  }
}
