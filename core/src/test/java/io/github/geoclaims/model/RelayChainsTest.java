package io.github.geoclaims.model;

import io.github.geoclaims.shapes.DocumentShape;
import static io.github.geoclaims.shapes.WorkGrowth.assertLinear;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelayChainsTest {

  private static Attribution relay(String id, String upstream) {
    Attribution.Builder attribution = Attribution.builder().id(id).claimant("outlet").source("article")
        .mode(AttributionMode.AUTHORIAL).stance(Stance.ASSERTS).modality(Modality.ASSERTED);
    return upstream == null ? attribution.build() : attribution.relayedFrom(upstream).build();
  }

  /** Resolves every chain of the shape's one claim and asks each attribution's origin; returns the steps taken. */
  private static long stepsToResolve(int n) {
    Claim claim = DocumentShape.RELAY_CHAIN.generate(n).getClaims().get(0);
    RelayChains chains = new RelayChains(claim.getAttributions());
    for (Attribution attribution : claim.getAttributions()) {
      chains.originOf(attribution);
    }
    return chains.steps();
  }

  @Test
  void resolvesEachAttributionOfALongRelayChainOnce() {
    assertLinear("steps resolving a relay chain", RelayChainsTest::stepsToResolve, 5_000);
    assertThat(stepsToResolve(20_000)).isLessThanOrEqualTo(2 * 20_001);
  }

  @Test
  void resolvesTheOriginOfEveryAttributionOfAChain() {
    Claim claim = DocumentShape.RELAY_CHAIN.generate(1_000).getClaims().get(0);
    Attribution first = claim.getAttributions().get(0);
    assertThat(claim.getAttributions().subList(0, 1_000)).allSatisfy(a -> assertThat(claim.originOf(a)).isSameAs(first));
    assertThat(claim.chainOf(claim.getAttributions().get(999))).hasSize(1_000).endsWith(first);
    assertThat(claim.independentOrigins()).containsExactly(Origin.of(Origin.Kind.CLAIMANT, "actor-0"), Origin.of(Origin.Kind.CLAIMANT, "actor-2"));
  }

  @Test
  void endsTheChainOfEachMemberOfACycleJustBeforeItComesBack() {
    Attribution tail = relay("tail", "a");
    Attribution a = relay("a", "b");
    Attribution b = relay("b", "c");
    Attribution c = relay("c", "a");
    RelayChains chains = new RelayChains(List.of(tail, a, b, c));
    assertThat(chains.chainOf(tail)).containsExactly(tail, a, b, c);
    assertThat(chains.chainOf(a)).containsExactly(a, b, c);
    assertThat(chains.chainOf(b)).containsExactly(b, c, a);
    assertThat(chains.originOf(c)).isSameAs(b);
  }

  @Test
  void startsTheChainOfARepeatedIdentifierWithItselfAndGoesOnFromTheFirstItRelays() {
    Attribution first = relay("a", null);
    Attribution origin = relay("o", null);
    Attribution repeated = relay("a", "o");
    RelayChains chains = new RelayChains(List.of(first, origin, repeated));
    assertThat(chains.chainOf(repeated)).containsExactly(repeated, origin);
    assertThat(chains.originOf(repeated)).isSameAs(origin);
    assertThat(chains.chainOf(first)).containsExactly(first);
  }

  @Test
  void endsAChainAtAReferenceThatDoesNotResolve() {
    Attribution dangling = relay("a", "nowhere");
    RelayChains chains = new RelayChains(List.of(dangling));
    assertThat(chains.chainOf(dangling)).containsExactly(dangling);
    assertThat(chains.originOf(dangling)).isSameAs(dangling);
  }
}
