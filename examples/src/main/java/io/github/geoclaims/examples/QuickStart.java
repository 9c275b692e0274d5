package io.github.geoclaims.examples;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import java.math.BigDecimal;
import java.util.List;

/** Builds a claim in Java, validates it, writes it as JSON and reads it back. */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) {
    String text = "The White House said North Korea shipped more than 1,000 containers of munitions to Russia."
        + " Moscow dismissed the claim.";

    // 1. Who: actors. What: a claim. According to whom, and how: attributions anchored in the source text.
    Claim shipped = Claim.builder()
        .id("nk-shipped-containers")
        .proposition("North Korea shipped more than 1,000 containers of munitions to Russia.")
        .eventKind(EventKind.ARMS_TRANSFER)
        .addParticipant(Participant.of("north-korea", ParticipantRole.AGENT))
        .addParticipant(Participant.of("russia", ParticipantRole.RECIPIENT))
        .addQuantity(Quantity.builder().unit("containers").exclusiveMinimum(new BigDecimal("1000"))
            .text("more than 1,000").build())
        .addAttribution(Attribution.builder()
            .id("a-white-house").claimant("white-house").source("article")
            .mode(AttributionMode.REPORTED_SPEECH).stance(Stance.ASSERTS).modality(Modality.REPORTED)
            .quote(TextAnchor.locate(text, "The White House said"))
            .build())
        .addAttribution(Attribution.builder()
            .id("a-moscow").claimant("russia").source("article")
            .mode(AttributionMode.PARAPHRASE).stance(Stance.DISMISSES).modality(Modality.REPORTED)
            .quote(TextAnchor.locate(text, "Moscow dismissed the claim."))
            .build())
        .addAssessment(VerificationAssessment.builder()
            .status(VerificationStatus.UNVERIFIED).rationale("No evidence has been made public.").build())
        .build();

    ClaimDocument document = ClaimDocument.builder()
        .id("quickstart")
        .addActor(Actor.builder().id("north-korea").kind(ActorKind.STATE).name("North Korea").build())
        .addActor(Actor.builder().id("russia").kind(ActorKind.STATE).name("Russia").addAlias("Moscow").build())
        .addActor(Actor.builder().id("white-house").kind(ActorKind.GOVERNMENT_BODY).name("White House").build())
        .addSource(Source.builder().id("article").kind(SourceKind.NEWS_ARTICLE).language("en")
            .publishedAt(TimePoint.parse("2023-10-14")).text(text).build())
        .addClaim(shipped)
        .build();

    // 2. Validate: every rule of the model, each broken rule with a path and a stable code.
    List<Violation> violations = GeoClaimsValidator.shared().validate(document);
    System.out.println("violations: " + violations.size());

    // 3. Write the canonical JSON, and read it back (reading validates too).
    GeoClaimsJson json = GeoClaimsJson.standard();
    String written = json.write(document);
    System.out.println(written);
    ClaimDocument readBack = json.read(written);
    System.out.println("read back equal: " + readBack.equals(document));

    // 4. Ask questions.
    System.out.println("independent origins: " + readBack.independentOriginCount("nk-shipped-containers"));
    System.out.println("claims about Russia: " + readBack.claimsAbout("russia").size());
  }
}
