package io.github.geoclaims.jackson;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionBasis;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.CommunicationKind;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import java.math.BigDecimal;

/** Valid documents for the tests: a small one, and one that sets every property of every model type. */
final class TestDocuments {

  static final String TEXT = "The White House said North Korea shipped more than 1,000 containers to Russia."
      + " Moscow dismissed the claim. Über 10 000 Granaten, sagte ein Sprecher.";

  static final String BRIEFING = "Kirby: about 1.5 million rounds.";

  private TestDocuments() {}

  static Attribution whiteHouseSays() {
    return Attribution.builder().id("a-white-house").claimant("white-house").source("article")
        .mode(AttributionMode.REPORTED_SPEECH).stance(Stance.ASSERTS).modality(Modality.REPORTED)
        .statedAt(TimeSpec.at(TimePoint.parse("2023-10-13")))
        .quote(TextAnchor.locate(TEXT, "The White House said"))
        .build();
  }

  /** The small valid document. */
  static ClaimDocument sample() {
    return ClaimDocument.builder().id("sample")
        .addActor(Actor.builder().id("north-korea").kind(ActorKind.STATE).name("North Korea").build())
        .addActor(Actor.builder().id("white-house").kind(ActorKind.GOVERNMENT_BODY).name("White House").build())
        .addActor(Actor.builder().id("russia").kind(ActorKind.STATE).name("Russia").build())
        .addSource(Source.builder().id("article").kind(SourceKind.NEWS_ARTICLE).text(TEXT)
            .publishedAt(TimePoint.parse("2023-10-14")).build())
        .addClaim(Claim.builder().id("shipped").proposition("North Korea shipped containers to Russia.")
            .eventKind(EventKind.ARMS_TRANSFER)
            .addParticipant(Participant.of("north-korea", ParticipantRole.AGENT))
            .addAttribution(whiteHouseSays())
            .build())
        .build();
  }

  /** A valid document in which every property of every model type is set. */
  static ClaimDocument full() {
    Actor northKorea = Actor.builder().id("north-korea").kind(ActorKind.STATE).name("North Korea")
        .addAlias("Pyongyang").addAlias("DPRK").countryCode("KP").wikidataId("Q423")
        .description("The Democratic People's Republic of Korea.")
        .putExtension("x-collector", "{\"batch\":7,\"tags\":[\"a\",\"b\"],\"score\":0.80,\"ok\":true,\"none\":null}")
        .build();
    Actor kirby = Actor.builder().id("john-kirby").kind(ActorKind.PERSON).name("John Kirby")
        .addRole(Role.builder().title("National Security Council spokesperson").organisation("white-house")
            .build())
        .addRole(Role.builder().title("Pentagon press secretary").former(true).build())
        .build();
    Actor whiteHouse = Actor.builder().id("white-house").kind(ActorKind.GOVERNMENT_BODY).name("White House")
        .countryCode("US").build();
    Actor russia = Actor.builder().id("russia").kind(ActorKind.STATE).name("Russia").addAlias("Moscow").build();
    Actor coalition = Actor.builder().id("coalition").kind(ActorKind.GROUP).name("47 countries")
        .addMember("white-house").memberCount(47).build();
    Actor official = Actor.builder().id("official").kind(ActorKind.of("x-anonymous-official")).name("an official")
        .identityCaveat("Not named by the article.").build();
    Source article = Source.builder().id("article").kind(SourceKind.NEWS_ARTICLE).title("Containers")
        .url("https://example.org/article").publisher("white-house").addAuthor("john-kirby")
        .language("en").publishedAt(TimePoint.parse("2023-10-14"))
        .retrievedAt(TimePoint.parse("2024-01-09T14:30:00+09:00")).text(TEXT)
        .addCitation(Citation.builder().marker("[i]").title("Briefing").url("https://example.org/briefing")
            .accessedAt(TimePoint.parse("2023-10")).source("briefing")
            .anchor(TextAnchor.builder().exact("Moscow").start(79).end(85).prefix(" ").suffix(" dismissed")
                .build())
            .note("Title as printed.").build())
        .description("The article.")
        .putExtension("x-paywall", "false")
        .build();
    Source briefing = Source.builder().id("briefing").kind(SourceKind.of("x-press-briefing")).text(BRIEFING)
        .publishedAt(TimePoint.parse("2023")).attachedTo("article").build();
    Communication kirbyBriefing = Communication.builder().id("kirby-briefing").kind(CommunicationKind.PRESS_BRIEFING)
        .issuer("white-house").issuedAt(TimeSpec.builder().expression("early October").build())
        .publishedIn("briefing").description("Kirby's briefing, as the article reports it.")
        .putExtension("x-venue", "\"White House podium\"")
        .build();
    Communication moscowResponse = Communication.builder().id("moscow-response")
        .kind(CommunicationKind.of("x-telegram-post")).build();
    Attribution kirbySays = Attribution.builder().id("a-kirby").claimant("john-kirby").source("briefing")
        .communication("kirby-briefing")
        .mode(AttributionMode.DIRECT_QUOTE).stance(Stance.ASSERTS).modality(Modality.of("x-estimated"))
        .addHedge("about").addHedge("reportedly")
        .statedAt(TimeSpec.builder().start(TimePoint.parse("2023-10-01")).end(TimePoint.parse("2023-10-13"))
            .expression("early October").build())
        .quote(TextAnchor.locate(BRIEFING, "about 1.5 million rounds"))
        .note("A briefing.")
        .putExtension("x-confidence-label", "\"high\"")
        .build();
    Attribution relayed = Attribution.builder().from(whiteHouseSays()).relayedFrom("a-kirby").build();
    Attribution russiaDenies = Attribution.builder().id("a-russia").claimant("russia").source("article")
        .communication("moscow-response")
        .mode(AttributionMode.PARAPHRASE).stance(Stance.of("dismisses")).modality(Modality.REPORTED)
        .quote(TextAnchor.locate(TEXT, "Moscow dismissed the claim.").withPrefix(" ")).build();
    Claim shipped = Claim.builder().id("shipped").proposition("North Korea shipped containers to Russia.")
        .eventKind(EventKind.ARMS_TRANSFER)
        .addParticipant(Participant.of("north-korea", ParticipantRole.AGENT))
        .addParticipant(Participant.of("russia", ParticipantRole.RECIPIENT))
        .time(TimeSpec.at(TimePoint.parse("2023-08")))
        .location("Rajin port")
        .addQuantity(Quantity.builder().unit("containers").exclusiveMinimum(new BigDecimal("1000"))
            .text("more than 1,000").build())
        .addQuantity(Quantity.builder().unit("rounds").value(new BigDecimal("1500000")).approximate(true).build())
        .addQuantity(Quantity.builder().unit("tonnes").minimum(new BigDecimal("0.000001"))
            .maximum(new BigDecimal("12345678901234567890.1230")).build())
        .addQuantity(Quantity.builder().unit("shells").exclusiveMaximum(new BigDecimal("-0.50")).build())
        .addAttribution(relayed)
        .addAttribution(kirbySays)
        .addAttribution(russiaDenies)
        .addAssessment(VerificationAssessment.builder().status(VerificationStatus.DISPUTED)
            .assessor("white-house").assessedAt(TimePoint.parse("2024-01-09T14:30:00Z"))
            .rationale("Russia denies it.")
            .addEvidence(Evidence.builder().description("Satellite images").source("briefing").build())
            .confidence(0.75).admiraltyRating(AdmiraltyRating.of("B", 2)).build())
        .note("The central claim.")
        .putExtension("x-priority", "3")
        .build();
    Claim denied = Claim.builder().id("denied").proposition("Russia received no munitions.")
        .eventKind(EventKind.ARMS_TRANSFER)
        .addAttribution(Attribution.builder().from(russiaDenies).id("a-russia-2").stance(Stance.ASSERTS)
            .communication("other-document/kremlin-statement").basis(AttributionBasis.of("x-hearsay"))
            .relayedFrom("other-document/a-kremlin").build())
        .build();
    return ClaimDocument.builder().id("full").title("Every property").description("Übersicht — ☃ 北朝鮮")
        .addActor(northKorea).addActor(kirby).addActor(whiteHouse).addActor(russia).addActor(coalition)
        .addActor(official)
        .addSource(article).addSource(briefing)
        .addCommunication(kirbyBriefing).addCommunication(moscowResponse)
        .addClaim(shipped).addClaim(denied)
        .addRelation(ClaimRelation.builder().from("denied").kind(RelationKind.CONTRADICTS).to("shipped")
            .note("Opposite.").build())
        .addRelation(ClaimRelation.builder().from("shipped").kind(RelationKind.of("x-follows")).to("earlier")
            .targetDocument("other-document").build())
        .putExtension("x-generator", "\"test\"")
        .putExtension("x-empty", "{}")
        .putExtension("x-list", "[1,[],{\"a\":\"\\u0001\\\"\"}]")
        .build();
  }
}
