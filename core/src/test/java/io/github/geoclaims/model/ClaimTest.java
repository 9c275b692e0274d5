package io.github.geoclaims.model;

import static io.github.geoclaims.model.SampleDocuments.russiaDismisses;
import static io.github.geoclaims.model.SampleDocuments.shipped;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimTest {

  /** RIA News's report, the White House citing RIA, and the article citing the White House. */
  private static final Attribution RIA = whiteHouseSays().withId("a-ria").withClaimant("ria-news")
      .withQuote(java.util.Optional.empty());
  private static final Attribution WHITE_HOUSE = whiteHouseSays().withRelayedFrom("a-ria");
  private static final Attribution ARTICLE = russiaDismisses().withId("a-article").withClaimant("outlet")
      .withMode(AttributionMode.AUTHORIAL).withBasis(AttributionBasis.RESTATEMENT).withStance(Stance.ASSERTS)
      .withRelayedFrom("a-white-house");

  private static Claim claim(Attribution... attributions) {
    return shipped().withAttributions(attributions);
  }

  private static Origin claimant(String actorId) {
    return Origin.of(Origin.Kind.CLAIMANT, actorId);
  }

  private static VerificationAssessment assessment(VerificationStatus status) {
    return VerificationAssessment.builder().status(status).rationale("r").build();
  }

  @Test
  void followsTheChainFromAnAttributionToItsOrigin() {
    Claim claim = claim(ARTICLE, WHITE_HOUSE, RIA);
    assertThat(claim.chainOf(ARTICLE)).containsExactly(ARTICLE, WHITE_HOUSE, RIA);
    assertThat(claim.chainOf(WHITE_HOUSE)).containsExactly(WHITE_HOUSE, RIA);
    assertThat(claim.chainOf(RIA)).containsExactly(RIA);
    assertThat(claim.originOf(ARTICLE)).isEqualTo(RIA);
    assertThat(claim.originOf(RIA)).isEqualTo(RIA);
  }

  @Test
  void endsTheChainAtAnUnresolvedReference() {
    Claim claim = claim(ARTICLE, WHITE_HOUSE);
    assertThat(claim.chainOf(ARTICLE)).containsExactly(ARTICLE, WHITE_HOUSE);
    assertThat(claim.originOf(ARTICLE)).isEqualTo(WHITE_HOUSE);
  }

  @Test
  void endsTheChainBeforeItCloses() {
    Attribution a = RIA.withId("a").withRelayedFrom("b");
    Attribution b = RIA.withId("b").withClaimant("other").withRelayedFrom("a");
    Claim claim = claim(a, b);
    assertThat(claim.chainOf(a)).containsExactly(a, b);
    assertThat(claim.originOf(a)).isEqualTo(b);
    Attribution self = RIA.withRelayedFrom("a-ria");
    assertThat(claim(self).chainOf(self)).containsExactly(self);
  }

  @Test
  void countsClaimantsAtTheOriginsAsIndependentOrigins() {
    assertThat(claim(ARTICLE, WHITE_HOUSE, RIA).independentOrigins()).containsExactly(claimant("ria-news"));
    assertThat(claim(whiteHouseSays(), russiaDismisses().withStance(Stance.ACKNOWLEDGES)).independentOrigins())
        .containsExactly(claimant("white-house"), claimant("russia"));
    assertThat(claim(whiteHouseSays(), whiteHouseSays().withId("again")).independentOrigins())
        .containsExactly(claimant("white-house"));
    assertThat(claim().independentOrigins()).isEmpty();
  }

  @Test
  void doesNotCountDenialsDismissalsOrSilenceAsOrigins() {
    assertThat(claim(ARTICLE, WHITE_HOUSE, RIA, russiaDismisses()).independentOrigins())
        .containsExactly(claimant("ria-news"));
    assertThat(claim(russiaDismisses(), whiteHouseSays()).independentOrigins()).containsExactly(claimant("white-house"));
    assertThat(claim(whiteHouseSays(), russiaDismisses().withStance(Stance.DENIES),
            russiaDismisses().withId("a-silent").withStance(Stance.HAS_NOT_COMMENTED)).independentOrigins())
        .containsExactly(claimant("white-house"));
  }

  @Test
  void returnsUnmodifiableOriginsAndChains() {
    Claim claim = claim(ARTICLE, WHITE_HOUSE, RIA);
    Set<Origin> origins = claim.independentOrigins();
    assertThatThrownBy(() -> origins.add(claimant("x"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> claim.chainOf(ARTICLE).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findsAttributionsById() {
    Claim claim = claim(ARTICLE, WHITE_HOUSE, RIA);
    assertThat(claim.findAttribution("a-white-house")).contains(WHITE_HOUSE);
    assertThat(claim.findAttribution("a-nobody")).isEmpty();
    Attribution duplicate = RIA.withClaimant("someone-else");
    assertThat(claim(RIA, duplicate).findAttribution("a-ria")).contains(RIA);
  }

  @Test
  void reportsTheStatusOfTheLatestAssessment() {
    assertThat(claim(RIA).withAssessments().currentStatus()).isEmpty();
    assertThat(claim(RIA).withAssessments(assessment(VerificationStatus.UNVERIFIED)).currentStatus())
        .contains(VerificationStatus.UNVERIFIED);
    assertThat(claim(RIA).withAssessments(assessment(VerificationStatus.UNVERIFIED),
        assessment(VerificationStatus.REFUTED), assessment(VerificationStatus.DISPUTED)).currentStatus())
        .contains(VerificationStatus.DISPUTED);
  }
}
