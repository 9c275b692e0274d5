package io.github.geoclaims.examples;

import io.github.geoclaims.json.ClaimStreamReader;
import io.github.geoclaims.json.ClaimStreamWriter;
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
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a large document claim by claim and reads it back claim by claim, never holding more than one claim:
 * {@link ClaimStreamWriter} and {@link ClaimStreamReader} of geoclaims-jackson. Every claim read back is validated
 * as it comes. Run {@code StreamingExample [CLAIMS]}; the default is 20,000 claims (a file of about 15 MB).
 */
public final class StreamingExample {

  private static final String TEXT = "Monitors logged a shipment from North Korea to Russia. Moscow denied it.";

  private StreamingExample() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    GeoClaimsJson json = GeoClaimsJson.standard();
    Path file = Files.createTempFile("geoclaims-streaming-", ".json");
    try {
      // 1. Write: the header (actors and sources), then one claim at a time, then the relations.
      ClaimDocument header = ClaimDocument.builder()
          .id("shipment-log")
          .addActor(Actor.builder().id("monitors").kind(ActorKind.ORGANISATION).name("Monitors").build())
          .addActor(Actor.builder().id("north-korea").kind(ActorKind.STATE).name("North Korea").build())
          .addActor(Actor.builder().id("russia").kind(ActorKind.STATE).name("Russia").build())
          .addSource(Source.builder().id("log").kind(SourceKind.OTHER).text(TEXT).build())
          .build();
      try (ClaimStreamWriter out = json.claimWriter(file)) {
        out.writeHeader(header);
        for (int i = 0; i < count; i++) {
          out.writeClaim(shipment(i));
        }
        out.writeRelation(ClaimRelation.builder().from(id(1)).kind(RelationKind.SUPPORTS).to(id(0)).build());
      }
      System.out.printf("wrote %d claims to a file of %d MB%n", count, Files.size(file) / 1_000_000);

      // 2. Read back: the header first, then one validated claim per next(), then the relations.
      int denied = 0;
      try (ClaimStreamReader claims = json.claimReader(file)) {
        System.out.println("header: document " + claims.header().getId() + " with "
            + claims.header().getActors().size() + " actors");
        while (claims.hasNext()) {
          Claim claim = claims.next();
          if (claim.getAttributions().stream().anyMatch(a -> a.getStance().equals(Stance.DENIES))) {
            denied++;
          }
        }
        System.out.printf("read %d claims one at a time, %d denied by Russia, then %d relation%n",
            claims.claimCount(), denied, claims.relations().size());
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "shipment-%06d", i);
  }

  /** The i-th claim: the monitors log a shipment; Russia denies every tenth. */
  private static Claim shipment(int i) {
    Claim.Builder claim = Claim.builder()
        .id(id(i))
        .proposition("North Korea shipped consignment " + i + " to Russia.")
        .eventKind(EventKind.ARMS_TRANSFER)
        .addParticipant(Participant.of("north-korea", ParticipantRole.AGENT))
        .addParticipant(Participant.of("russia", ParticipantRole.RECIPIENT))
        .addAttribution(Attribution.builder().id("a-" + id(i)).claimant("monitors").source("log")
            .mode(AttributionMode.AUTHORIAL).stance(Stance.ASSERTS).modality(Modality.ASSERTED)
            .quote(TextAnchor.locate(TEXT, "Monitors logged a shipment")).build());
    if (i % 10 == 0) {
      claim.addAttribution(Attribution.builder().id("d-" + id(i)).claimant("russia").source("log")
          .mode(AttributionMode.PARAPHRASE).stance(Stance.DENIES).modality(Modality.REPORTED)
          .quote(TextAnchor.locate(TEXT, "Moscow denied it.")).build());
    }
    return claim.build();
  }
}
