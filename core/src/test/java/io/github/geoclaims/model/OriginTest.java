package io.github.geoclaims.model;

import static io.github.geoclaims.model.SampleDocuments.russiaDismisses;
import static io.github.geoclaims.model.SampleDocuments.shipped;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The counting rule of {@link Origin}, one test per rule, on one claim. */
class OriginTest {

  private static final Attribution BORRELL = whiteHouseSays().withId("a-borrell").withClaimant("borrell")
      .withCommunication("joint-statement-47").withQuote(java.util.Optional.empty());
  private static final Attribution BLINKEN = BORRELL.withId("a-blinken").withClaimant("blinken");
  private static final Attribution MINISTERS = BORRELL.withId("a-ministers").withClaimant("foreign-ministers-47");
  private static final Attribution HEADLINE = whiteHouseSays().withId("a-headline").withClaimant("outlet")
      .withMode(AttributionMode.AUTHORIAL).withQuote(java.util.Optional.empty());

  private static Claim claim(Attribution... attributions) {
    return shipped().withAttributions(attributions);
  }

  private static Origin communication(String reference) {
    return Origin.of(Origin.Kind.COMMUNICATION, reference);
  }

  @Test
  void coSignatoriesOfOneJointStatementAreOneOrigin() {
    assertThat(claim(MINISTERS, BORRELL, BLINKEN).independentOrigins())
        .containsExactly(communication("joint-statement-47"));
  }

  @Test
  void whoeverDeliversACommunicationIsNotAnOriginOfTheirOwn() {
    Attribution delivery = BORRELL.withId("a-delivery").withClaimant("thomas-greenfield").withCommunication("four")
        .withRelayedFrom("a-four");
    Attribution statement = BORRELL.withId("a-four").withClaimant("us-japan-korea-uk").withCommunication("four");
    assertThat(claim(delivery, statement).independentOrigins()).containsExactly(communication("four"));
  }

  @Test
  void restatingAuthorialAttributionIsNotAnOrigin() {
    Attribution restating = HEADLINE.withBasis(AttributionBasis.RESTATEMENT);
    assertThat(claim(restating, BORRELL).independentOrigins()).containsExactly(communication("joint-statement-47"));
    assertThat(claim(restating).backingOrigin(restating)).isEmpty();
  }

  @Test
  void authorialAttributionThatStatesNoBasisCountsAsInWireFormat10() {
    assertThat(claim(HEADLINE).independentOrigins()).containsExactly(Origin.of(Origin.Kind.CLAIMANT, "outlet"));
  }

  @Test
  void authorialAttributionOnABasisThatIsNotOwnIsNotAnOrigin() {
    assertThat(claim(HEADLINE.withBasis(AttributionBasis.of("x-hearsay"))).independentOrigins()).isEmpty();
  }

  @Test
  void authorialAttributionOnAnOwnBasisIsAnOrigin() {
    for (AttributionBasis own : new AttributionBasis[] {AttributionBasis.OWN_REPORTING, AttributionBasis.FIRST_HAND,
        AttributionBasis.ANALYSIS}) {
      assertThat(claim(HEADLINE.withBasis(own)).independentOrigins()).as(own.value())
          .containsExactly(Origin.of(Origin.Kind.CLAIMANT, "outlet"));
    }
    assertThat(AttributionBasis.of("x-hearsay").isOwn()).isFalse();
  }

  @Test
  void restatementRelayingAnotherAttributionCollapsesIntoItsOrigin() {
    Attribution headline = HEADLINE.withBasis(AttributionBasis.RESTATEMENT).withRelayedFrom("a-borrell");
    assertThat(claim(headline, BORRELL).independentOrigins()).containsExactly(communication("joint-statement-47"));
  }

  @Test
  void nonAffirmingAttributionBacksNothingEvenWhenItNamesACommunication() {
    assertThat(claim(russiaDismisses().withCommunication("kremlin-statement")).independentOrigins()).isEmpty();
  }

  @Test
  void attributionsOfOneClaimantNamingNoCommunicationAreOneOrigin() {
    assertThat(claim(whiteHouseSays(), whiteHouseSays().withId("again")).independentOrigins())
        .containsExactly(Origin.of(Origin.Kind.CLAIMANT, "white-house"));
  }

  @Test
  void twoCommunicationsOfOneClaimantAreTwoOrigins() {
    assertThat(claim(whiteHouseSays().withCommunication("briefing-1"),
        whiteHouseSays().withId("again").withCommunication("briefing-2")).independentOrigins())
        .containsExactly(communication("briefing-1"), communication("briefing-2"));
  }

  @Test
  void relayToAnotherDocumentEndsAtAnAttributionElsewhereInOneDocument() {
    Attribution relayed = whiteHouseSays().withRelayedFrom("000/a-ria");
    assertThat(claim(relayed).independentOrigins())
        .containsExactly(Origin.of(Origin.Kind.ATTRIBUTION_ELSEWHERE, "000/a-ria"));
  }

  @Test
  void qualifiesLocalReferencesWithTheDocument() {
    assertThat(communication("statement").in("003")).isEqualTo(communication("003/statement"));
    assertThat(communication("001/statement").in("003")).isEqualTo(communication("001/statement"));
    assertThat(communication("003/statement")).hasToString("communication 003/statement");
  }
}
