package io.github.geoclaims.model;

import java.math.BigDecimal;

/** A small valid document, and its parts, that tests change one value at a time to break one rule. */
public final class SampleDocuments {

  /** The text of the sample article. */
  public static final String TEXT = "The White House said North Korea shipped more than 1,000 containers to Russia."
      + " Moscow dismissed the claim.";

  private SampleDocuments() {}

  /** Returns North Korea. */
  public static Actor northKorea() {
    return Actor.builder().id("north-korea").kind(ActorKind.STATE).name("North Korea")
        .addAlias("Pyongyang").countryCode("KP").wikidataId("Q423").build();
  }

  /** Returns the White House. */
  public static Actor whiteHouse() {
    return Actor.builder().id("white-house").kind(ActorKind.GOVERNMENT_BODY).name("White House")
        .countryCode("US").build();
  }

  /** Returns Russia. */
  public static Actor russia() {
    return Actor.builder().id("russia").kind(ActorKind.STATE).name("Russia").addAlias("Moscow")
        .countryCode("RU").build();
  }

  /** Returns the article. */
  public static Source article() {
    return Source.builder().id("article").kind(SourceKind.NEWS_ARTICLE).title("Containers")
        .url("https://example.org/article").language("en").publishedAt(TimePoint.parse("2023-10-14"))
        .text(TEXT).build();
  }

  /** Returns the White House's attribution of the shipment claim. */
  public static Attribution whiteHouseSays() {
    return Attribution.builder().id("a-white-house").claimant("white-house").source("article")
        .mode(AttributionMode.REPORTED_SPEECH).stance(Stance.ASSERTS).modality(Modality.REPORTED)
        .statedAt(TimeSpec.at(TimePoint.parse("2023-10-13")))
        .quote(TextAnchor.locate(TEXT, "The White House said"))
        .build();
  }

  /** Returns Russia's dismissal of the shipment claim. */
  public static Attribution russiaDismisses() {
    return Attribution.builder().id("a-russia").claimant("russia").source("article")
        .mode(AttributionMode.PARAPHRASE).stance(Stance.DISMISSES).modality(Modality.REPORTED)
        .quote(TextAnchor.locate(TEXT, "Moscow dismissed the claim.").withPrefix(" "))
        .build();
  }

  /** Returns the shipment claim. */
  public static Claim shipped() {
    return Claim.builder().id("shipped").proposition("North Korea shipped containers to Russia.")
        .eventKind(EventKind.ARMS_TRANSFER)
        .addParticipant(Participant.of("north-korea", ParticipantRole.AGENT))
        .addParticipant(Participant.of("russia", ParticipantRole.RECIPIENT))
        .time(TimeSpec.expressed("recently"))
        .addQuantity(Quantity.builder().unit("containers").exclusiveMinimum(new BigDecimal("1000"))
            .text("more than 1,000").build())
        .addAttribution(whiteHouseSays())
        .addAttribution(russiaDismisses())
        .addAssessment(VerificationAssessment.builder().status(VerificationStatus.UNVERIFIED)
            .rationale("No evidence is public.").build())
        .build();
  }

  /** Returns the whole valid document. */
  public static ClaimDocument document() {
    return ClaimDocument.builder().id("sample")
        .addActor(northKorea()).addActor(whiteHouse()).addActor(russia())
        .addSource(article())
        .addClaim(shipped())
        .build();
  }
}
