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

  /** Returns the sample document with {@code claim} as its only claim. */
  public static ClaimDocument withClaim(Claim claim) {
    return document().withClaims(claim);
  }

  /** Returns the sample document whose shipment claim has exactly these attributions. */
  public static ClaimDocument withAttributions(Attribution... attributions) {
    return withClaim(shipped().withAttributions(attributions));
  }

  /** Returns the sample document whose shipment claim has exactly these assessments. */
  public static ClaimDocument withAssessments(VerificationAssessment... assessments) {
    return withClaim(shipped().withAssessments(assessments));
  }

  /** Returns the sample document with {@code northKorea} in place of North Korea (actors[0]). */
  public static ClaimDocument withNorthKorea(Actor northKorea) {
    return document().withActors(northKorea, whiteHouse(), russia());
  }

  /** Returns the sample document with the sample actors followed by {@code extra}. */
  public static ClaimDocument withExtraActor(Actor extra) {
    return document().withActors(northKorea(), whiteHouse(), russia(), extra);
  }

  /** Returns a claim with its own identifier and one White House attribution, for documents with several claims. */
  public static Claim claim(String id) {
    return shipped().withId(id).withAttributions(whiteHouseSays().withId("a-" + id));
  }

  /** Returns the sample document with the claims {@code ids} (see {@link #claim(String)}). */
  public static ClaimDocument withClaims(String... ids) {
    ClaimDocument.Builder builder = ClaimDocument.builder().from(document()).claims(java.util.List.of());
    for (String id : ids) {
      builder.addClaim(claim(id));
    }
    return builder.build();
  }

  /** Returns a relation between two claims of the same document. */
  public static ClaimRelation relation(String from, RelationKind kind, String to) {
    return ClaimRelation.builder().from(from).kind(kind).to(to).build();
  }

  /**
   * Returns a valid document in which every kind of reference occurs and resolves: group members, a role's
   * organisation, publisher, author, attachedTo, a citation's source and anchor, participants, claimants,
   * attribution sources, relayedFrom, assessor, evidence source, and relations (local and to another document).
   */
  public static ClaimDocument rich() {
    Actor kirby = Actor.builder().id("john-kirby").kind(ActorKind.PERSON).name("John Kirby")
        .addRole(Role.builder().title("spokesperson").organisation("white-house").build()).build();
    Actor outlet = Actor.builder().id("outlet").kind(ActorKind.MEDIA_OUTLET).name("The Outlet").build();
    Actor coalition = Actor.builder().id("coalition").kind(ActorKind.GROUP).name("47 countries")
        .addMember("white-house").addMember("north-korea").memberCount(47).build();
    Source briefing = Source.builder().id("briefing").kind(SourceKind.PRESS_BRIEFING)
        .publisher("white-house").publishedAt(TimePoint.parse("2023-10-13")).build();
    Source comment = Source.builder().id("comment").kind(SourceKind.READER_COMMENT).attachedTo("article")
        .description("A reader's comment under the article").build();
    Source article = article().withPublisher("outlet").withAuthors("john-kirby")
        .withCitations(Citation.builder().marker("[1]").source("briefing").url("https://example.org/briefing")
            .accessedAt(TimePoint.parse("2023-10-14")).anchor(TextAnchor.locate(TEXT, "Russia.")).build());
    Attribution outletRelays = Attribution.builder().id("a-outlet").claimant("outlet").source("article")
        .mode(AttributionMode.AUTHORIAL).stance(Stance.ASSERTS).modality(Modality.ALLEGED)
        .relayedFrom("a-white-house").addHedge("reportedly").build();
    Claim shipped = shipped().withAttributions(whiteHouseSays(), russiaDismisses(), outletRelays)
        .withAssessments(
            VerificationAssessment.builder().status(VerificationStatus.UNVERIFIED).assessor("outlet")
                .rationale("Nothing public yet.").build(),
            VerificationAssessment.builder().status(VerificationStatus.CONFIRMED).assessor("coalition")
                .assessedAt(TimePoint.parse("2023-10-20")).rationale("Images show the loading.")
                .addEvidence(Evidence.builder().description("Imagery in the briefing").source("briefing").build())
                .confidence(0.9).admiraltyRating(AdmiraltyRating.of("B", 2)).build());
    Claim denied = claim("denied").withAttributions(russiaDismisses().withId("a-denial").withStance(Stance.ASSERTS));
    return ClaimDocument.builder().id("rich").title("Rich sample")
        .addActor(northKorea()).addActor(whiteHouse()).addActor(russia())
        .addActor(kirby).addActor(outlet).addActor(coalition)
        .addSource(article).addSource(briefing).addSource(comment)
        .addClaim(shipped).addClaim(denied)
        .addRelation(relation("denied", RelationKind.DENIES, "shipped"))
        .addRelation(ClaimRelation.builder().from("shipped").kind(RelationKind.SAME_PROPOSITION)
            .to("nk-arms-2023").targetDocument("other-document").build())
        .putExtension("x-collector-batch", "\"batch-7\"")
        .build();
  }
}
