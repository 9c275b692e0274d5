package io.github.geoclaims.examples;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two small valid documents for the tests, independent of the bundled fixtures: a relayed claim (RIA News via the
 * White House), a dismissal, a contradiction, an actor whose identity cannot be checked, and a claim of a second
 * document that supports a claim of the first.
 */
public final class SampleDocuments {

  public static final String TEXT_A = "RIA News reported that North Korea shipped more than a thousand containers"
      + " to Russia, the White House said. Moscow dismissed the claim. Russia received nothing, a source close to"
      + " the Kremlin said.";

  public static final String TEXT_B = "Officials confirmed that the containers arrived by rail.";

  private SampleDocuments() {}

  /** The first document, {@code sample-a}. */
  public static ClaimDocument first() {
    Attribution ria = Attribution.builder().id("a-ria").claimant("ria-news").source("article")
        .mode(AttributionMode.REPORTED_SPEECH).stance(Stance.ASSERTS).modality(Modality.REPORTED)
        .quote(TextAnchor.locate(TEXT_A, "RIA News reported")).build();
    Attribution whiteHouse = Attribution.builder().id("a-white-house").claimant("white-house").source("article")
        .mode(AttributionMode.REPORTED_SPEECH).stance(Stance.ASSERTS).modality(Modality.ALLEGED)
        .relayedFrom("a-ria").quote(TextAnchor.locate(TEXT_A, "the White House said")).build();
    Attribution moscow = Attribution.builder().id("a-moscow").claimant("russia").source("article")
        .mode(AttributionMode.PARAPHRASE).stance(Stance.DISMISSES).modality(Modality.REPORTED)
        .quote(TextAnchor.locate(TEXT_A, "Moscow dismissed the claim.")).build();
    Claim shipped = Claim.builder().id("shipped")
        .proposition("North Korea shipped more than 1,000 containers to Russia.")
        .eventKind(EventKind.ARMS_TRANSFER)
        .addParticipant(Participant.of("north-korea", ParticipantRole.AGENT))
        .addParticipant(Participant.of("russia", ParticipantRole.RECIPIENT))
        .time(TimeSpec.builder().at(TimePoint.parse("2023-09")).expression("last month").build())
        .addQuantity(Quantity.builder().unit("containers").exclusiveMinimum(new BigDecimal("1000"))
            .text("more than a thousand").build())
        .addAttribution(whiteHouse).addAttribution(ria).addAttribution(moscow)
        .addAssessment(VerificationAssessment.builder().status(VerificationStatus.UNVERIFIED)
            .rationale("No evidence is public.").build())
        .build();
    Claim nothing = Claim.builder().id("nothing-received")
        .proposition("Russia received no munitions from North Korea.")
        .eventKind(EventKind.ARMS_TRANSFER)
        .addParticipant(Participant.of("russia", ParticipantRole.RECIPIENT))
        .addAttribution(Attribution.builder().id("a-kremlin-source").claimant("kremlin-source").source("article")
            .mode(AttributionMode.ANONYMOUS_SOURCING).stance(Stance.ASSERTS).modality(Modality.REPORTED)
            .addHedge("a source close to the Kremlin")
            .quote(TextAnchor.locate(TEXT_A, "Russia received nothing")).build())
        .build();
    return ClaimDocument.builder().id("sample-a").title("Sample A")
        .addActor(Actor.builder().id("north-korea").kind(ActorKind.STATE).name("North Korea").build())
        .addActor(Actor.builder().id("russia").kind(ActorKind.STATE).name("Russia").addAlias("Moscow").build())
        .addActor(Actor.builder().id("white-house").kind(ActorKind.GOVERNMENT_BODY).name("White House").build())
        .addActor(Actor.builder().id("ria-news").kind(ActorKind.MEDIA_OUTLET).name("RIA News").build())
        .addActor(Actor.builder().id("kremlin-source").kind(ActorKind.UNNAMED).name("a source close to the Kremlin")
            .identityCaveat("The article does not name the source.").build())
        .addActor(Actor.builder().id("daily").kind(ActorKind.MEDIA_OUTLET).name("The Daily").build())
        .addSource(Source.builder().id("article").kind(SourceKind.NEWS_ARTICLE).title("Containers to Russia")
            .publisher("daily").language("en").publishedAt(TimePoint.parse("2023-10-14"))
            .url("https://example.org/containers").text(TEXT_A).build())
        .addClaim(shipped).addClaim(nothing)
        .addRelation(ClaimRelation.builder().from("nothing-received").kind(RelationKind.CONTRADICTS).to("shipped")
            .build())
        .build();
  }

  /** The second document, {@code sample-b}, whose claim supports {@code sample-a/shipped}. */
  public static ClaimDocument second() {
    return ClaimDocument.builder().id("sample-b")
        .addActor(Actor.builder().id("officials").kind(ActorKind.UNNAMED).name("officials").build())
        .addSource(Source.builder().id("report").kind(SourceKind.WIRE_REPORT).text(TEXT_B).build())
        .addClaim(Claim.builder().id("arrived-by-rail").proposition("The containers arrived in Russia by rail.")
            .eventKind(EventKind.ARMS_TRANSFER)
            .addAttribution(Attribution.builder().id("a-officials").claimant("officials").source("report")
                .mode(AttributionMode.REPORTED_SPEECH).stance(Stance.ACKNOWLEDGES).modality(Modality.REPORTED)
                .quote(TextAnchor.locate(TEXT_B, "Officials confirmed")).build())
            .build())
        .addRelation(ClaimRelation.builder().from("arrived-by-rail").kind(RelationKind.SUPPORTS).to("shipped")
            .targetDocument("sample-a").build())
        .build();
  }

  /** Writes a document as canonical JSON to {@code directory/<id>.json} and returns the file. */
  public static Path write(ClaimDocument document, Path directory) {
    Path file = directory.resolve(document.getId() + ".json");
    GeoClaimsJson.standard().write(document, file);
    return file;
  }

  /** Writes text to {@code directory/name} and returns the file. */
  public static Path write(String text, Path directory, String name) {
    try {
      return Files.writeString(directory.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
