package io.github.geoclaims.graph;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionBasis;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.CommunicationKind;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;

/**
 * Small documents for the graph's tests. {@code article}: the article restates what the White House says, which
 * relays RIA News's report (the origin); the Kremlin denies it; a second claim denies the first. {@code follow-up}:
 * the same claim, relayed from the article's White House attribution.
 */
final class Documents {

  private Documents() {}

  static ClaimDocument article() {
    Claim shipped = Claim.builder().id("shipped")
        .proposition("North Korea shipped more than 1,000 containers of munitions to Russia.")
        .eventKind(EventKind.ARMS_TRANSFER)
        .addAttribution(attribution("a-article", "outlet", "article", Stance.ASSERTS)
            .mode(AttributionMode.AUTHORIAL).basis(AttributionBasis.RESTATEMENT).relayedFrom("a-white-house").build())
        .addAttribution(attribution("a-white-house", "white-house", "article", Stance.ASSERTS)
            .relayedFrom("a-ria").build())
        .addAttribution(attribution("a-ria", "ria", "article", Stance.ASSERTS).communication("ria-report").build())
        .addAttribution(attribution("a-kremlin", "kremlin", "article", Stance.DENIES).build())
        .addAssessment(VerificationAssessment.builder().status(VerificationStatus.DISPUTED)
            .rationale("Russia denies it.").build())
        .build();
    Claim denial = Claim.builder().id("nothing-shipped").proposition("Nothing was shipped.")
        .eventKind(EventKind.ARMS_TRANSFER)
        .addAttribution(attribution("a-kremlin-denial", "kremlin", "article", Stance.ASSERTS).build())
        .build();
    return ClaimDocument.builder().id("article-doc")
        .addActor(actor("outlet", ActorKind.MEDIA_OUTLET, "The Outlet"))
        .addActor(actor("white-house", ActorKind.GOVERNMENT_BODY, "White House"))
        .addActor(actor("ria", ActorKind.MEDIA_OUTLET, "RIA News"))
        .addActor(actor("kremlin", ActorKind.GOVERNMENT_BODY, "Kremlin"))
        .addSource(Source.builder().id("article").kind(SourceKind.NEWS_ARTICLE).title("Arms & <containers>").build())
        .addCommunication(Communication.builder().id("ria-report").kind(CommunicationKind.REPORT).issuer("ria")
            .description("A report from RIA News.").build())
        .addClaim(shipped)
        .addClaim(denial)
        .addRelation(ClaimRelation.builder().from("nothing-shipped").kind(RelationKind.DENIES).to("shipped").build())
        .build();
  }

  static ClaimDocument followUp() {
    Claim shipped = Claim.builder().id("shipped")
        .proposition("North Korea shipped more than 1,000 containers of munitions to Russia.")
        .eventKind(EventKind.ARMS_TRANSFER)
        .addAttribution(attribution("b-relay", "white-house", "wire", Stance.ASSERTS)
            .relayedFrom("article-doc/a-white-house").build())
        .build();
    return ClaimDocument.builder().id("follow-up")
        .addActor(actor("white-house", ActorKind.GOVERNMENT_BODY, "White House"))
        .addSource(Source.builder().id("wire").kind(SourceKind.WIRE_REPORT).title("Wire").build())
        .addClaim(shipped)
        .build();
  }

  private static Attribution.Builder attribution(String id, String claimant, String source, Stance stance) {
    return Attribution.builder().id(id).claimant(claimant).source(source).mode(AttributionMode.REPORTED_SPEECH)
        .stance(stance).modality(Modality.REPORTED);
  }

  private static Actor actor(String id, ActorKind kind, String name) {
    return Actor.builder().id(id).kind(kind).name(name).build();
  }
}
