package io.github.geoclaims.model;

import static io.github.geoclaims.model.SampleDocuments.claim;
import static io.github.geoclaims.model.SampleDocuments.relation;
import static io.github.geoclaims.model.SampleDocuments.rich;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimDocumentTest {

  private final ClaimDocument rich = rich();
  private final Claim shipped = rich.getClaims().get(0);
  private final Claim denied = rich.getClaims().get(1);

  @Test
  void findsActorsSourcesAndClaimsById() {
    assertThat(rich.findActor("john-kirby")).contains(rich.getActors().get(3));
    assertThat(rich.findActor("article")).isEmpty();
    assertThat(rich.findSource("briefing")).contains(rich.getSources().get(1));
    assertThat(rich.findSource("john-kirby")).isEmpty();
    assertThat(rich.findClaim("denied")).contains(denied);
    assertThat(rich.findClaim("ghost")).isEmpty();
  }

  @Test
  void findsTheFirstOfDuplicates() {
    Actor second = rich.getActors().get(0).withName("DPRK");
    ClaimDocument document = rich.withActors(rich.getActors().get(0), second);
    assertThat(document.findActor("north-korea").map(Actor::getName)).contains("North Korea");
  }

  @Test
  void findsClaimsAnActorIsAboutOrClaims() {
    assertThat(rich.claimsByActor("north-korea")).containsExactly(shipped, denied);
    assertThat(rich.claimsByActor("outlet")).containsExactly(shipped);
    assertThat(rich.claimsByActor("russia")).containsExactly(shipped, denied);
    assertThat(rich.claimsByActor("john-kirby")).isEmpty();
  }

  @Test
  void findsClaimsAboutAnActor() {
    assertThat(rich.claimsAbout("north-korea")).containsExactly(shipped, denied);
    assertThat(rich.claimsAbout("white-house")).isEmpty();
    assertThat(rich.claimsAbout("outlet")).isEmpty();
  }

  @Test
  void findsClaimsAnActorPutsForward() {
    assertThat(rich.claimsClaimedBy("white-house")).containsExactly(shipped);
    assertThat(rich.claimsClaimedBy("russia")).containsExactly(shipped, denied);
    assertThat(rich.claimsClaimedBy("north-korea")).isEmpty();
  }

  @Test
  void findsAttributionsBySourceAcrossClaims() {
    assertThat(rich.attributionsBySource("article")).extracting(Attribution::getId)
        .containsExactly("a-white-house", "a-russia", "a-outlet", "a-denial");
    assertThat(rich.attributionsBySource("briefing")).isEmpty();
  }

  @Test
  void followsAttributionChainsById() {
    assertThat(rich.chainOf("a-outlet")).extracting(Attribution::getId).containsExactly("a-outlet", "a-white-house");
    assertThat(rich.chainOf("a-denial")).extracting(Attribution::getId).containsExactly("a-denial");
    assertThat(rich.chainOf("a-nobody")).isEmpty();
  }

  @Test
  void countsIndependentOriginsOfAffirmingAttributionsOnly() {
    // shipped: the White House asserts, the outlet relays the White House, Russia dismisses: one origin.
    assertThat(rich.independentOriginCount("shipped")).isEqualTo(1);
    assertThat(rich.independentOriginCount("denied")).isEqualTo(1);
    assertThat(rich.independentOriginCount("ghost")).isZero();
  }

  @Test
  void findsContradictionsInBothDirections() {
    ClaimDocument document = SampleDocuments.withClaims("a", "b", "c", "d", "e").withRelations(
        relation("a", RelationKind.CONTRADICTS, "b"),
        relation("c", RelationKind.DENIES, "a"),
        relation("a", RelationKind.SUPPORTS, "d"),
        relation("e", RelationKind.SAME_PROPOSITION, "a"));
    assertThat(document.contradictionsOf("a")).extracting(Claim::getId).containsExactly("b", "c");
    assertThat(document.contradictionsOf("b")).extracting(Claim::getId).containsExactly("a");
    assertThat(document.contradictionsOf("c")).extracting(Claim::getId).containsExactly("a");
    assertThat(document.contradictionsOf("d")).isEmpty();
    assertThat(document.contradictionsOf("ghost")).isEmpty();
  }

  @Test
  void findsContradictionsOnlyAmongLocalClaims() {
    ClaimDocument document = SampleDocuments.withClaims("a", "b", "c").withRelations(
        relation("a", RelationKind.CONTRADICTS, "b").withTargetDocument("elsewhere"),
        relation("a", RelationKind.CONTRADICTS, "c").withTargetDocument("sample"));
    assertThat(document.contradictionsOf("a")).extracting(Claim::getId).containsExactly("c");
    assertThat(document.contradictionsOf("b")).isEmpty();
  }

  @Test
  void returnsQueryResultsInDocumentOrder() {
    ClaimDocument document = SampleDocuments.withClaims("a", "b", "c").withRelations(
        relation("c", RelationKind.CONTRADICTS, "b"), relation("a", RelationKind.CONTRADICTS, "b"));
    assertThat(document.contradictionsOf("b")).extracting(Claim::getId).containsExactly("a", "c");
  }

  @Test
  void returnsUnmodifiableQueryResults() {
    List<List<?>> results = List.of(rich.claimsByActor("russia"), rich.claimsAbout("russia"),
        rich.claimsClaimedBy("russia"), rich.attributionsBySource("article"), rich.chainOf("a-outlet"),
        rich.contradictionsOf("shipped"), rich.chainOf("ghost"));
    for (List<?> result : results) {
      assertThatThrownBy(result::clear).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void buildsClaimWithOwnAttributionForTests() {
    assertThat(claim("x").getAttributions()).extracting(Attribution::getId).containsExactly("a-x");
  }

  @Test
  void aRelationsTargetIsInItsDocumentUnlessItNamesAnother() {
    ClaimRelation relation = relation("a", RelationKind.SUPPORTS, "b");
    assertThat(relation.isTargetIn("doc")).isTrue();
    assertThat(relation.withTargetDocument("doc").isTargetIn("doc")).isTrue();
    assertThat(relation.withTargetDocument("other").isTargetIn("doc")).isFalse();
  }
}
