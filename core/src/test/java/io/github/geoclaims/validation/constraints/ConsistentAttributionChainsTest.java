package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.russiaDismisses;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static io.github.geoclaims.model.SampleDocuments.withAttributions;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static io.github.geoclaims.validation.ValidationAssertions.assertViolations;
import static io.github.geoclaims.validation.ValidationAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.api.Test;

class ConsistentAttributionChainsTest {

  /** The article's own voice, relaying the attribution {@code upstream}. */
  private static Attribution relay(String id, String upstream) {
    return russiaDismisses().withId(id).withClaimant("north-korea").withMode(AttributionMode.AUTHORIAL)
        .withQuote(java.util.Optional.empty()).withRelayedFrom(upstream);
  }

  @Test
  void acceptsChainEndingAtAnOrigin() {
    assertValid(withAttributions(whiteHouseSays(), relay("a-relay", "a-white-house"),
        relay("a-relay-2", "a-relay")));
  }

  @Test
  void rejectsRelayedFromThatNamesNoAttributionOfTheClaim() {
    var violation = assertOnlyViolation(withAttributions(whiteHouseSays(), relay("a-relay", "a-ria")),
        ViolationCode.REFERENCE_UNRESOLVED, "claims[0].attributions[1].relayedFrom");
    assertThat(violation.message()).isEqualTo("relayedFrom 'a-ria' is not an attribution of the same claim");
  }

  @Test
  void rejectsTwoAttributionsRelayingEachOther() {
    assertViolations(withAttributions(whiteHouseSays(), relay("a-1", "a-2"), relay("a-2", "a-1")))
        .containsExactly(
            violation(ViolationCode.CHAIN_CYCLE, "claims[0].attributions[1].relayedFrom"),
            violation(ViolationCode.CHAIN_CYCLE, "claims[0].attributions[2].relayedFrom"));
  }

  @Test
  void rejectsAttributionRelayingItself() {
    var violation = assertOnlyViolation(withAttributions(relay("a-self", "a-self")), ViolationCode.CHAIN_CYCLE,
        "claims[0].attributions[0].relayedFrom");
    assertThat(violation.message()).isEqualTo("following relayedFrom from 'a-self' comes back to 'a-self':"
        + " an attribution chain must end at an origin");
  }

  @Test
  void rejectsChainRunningIntoACycle() {
    assertViolations(withAttributions(relay("a-tail", "a-1"), relay("a-1", "a-2"), relay("a-2", "a-1")))
        .containsExactly(
            violation(ViolationCode.CHAIN_CYCLE, "claims[0].attributions[0].relayedFrom"),
            violation(ViolationCode.CHAIN_CYCLE, "claims[0].attributions[1].relayedFrom"),
            violation(ViolationCode.CHAIN_CYCLE, "claims[0].attributions[2].relayedFrom"));
  }
}
