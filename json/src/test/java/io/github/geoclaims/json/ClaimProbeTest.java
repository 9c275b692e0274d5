package io.github.geoclaims.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.internal.PrecompiledRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The probe document of a streamed claim holds stand-ins of what the claim names, and nothing those name in turn,
 * so that a claim valid in its document is valid in its probe by the precompiled pass, and Hibernate Validator's
 * report is only built for claims with problems.
 */
class ClaimProbeTest {

  private static final String TEXT = "The outlet reported the shipment, citing the agency.";

  /** A claim names "article"; the article names its publisher, author, parent and a cited source; and so on. */
  private static final ClaimDocument HEADER = ClaimDocument.builder().id("doc")
      .addActor(actor("outlet", ActorKind.ORGANISATION).build())
      .addActor(actor("reporter", ActorKind.PERSON)
          .addRole(Role.builder().title("correspondent").organisation("bureau").build()).build())
      .addActor(actor("bureau", ActorKind.ORGANISATION).build())
      .addActor(actor("alliance", ActorKind.GROUP).addMember("member-state").build())
      .addActor(actor("member-state", ActorKind.STATE).build())
      .addActor(actor("unrelated", ActorKind.STATE).build())
      .addActor(actor("claimant", ActorKind.STATE).build())
      .addSource(Source.builder().id("article").kind(SourceKind.NEWS_ARTICLE).publisher("outlet")
          .addAuthor("reporter").attachedTo("edition").text(TEXT)
          .addCitation(Citation.builder().source("agency-report")
              .anchor(TextAnchor.locate(TEXT, "citing the agency")).build())
          .build())
      .addSource(Source.builder().id("edition").kind(SourceKind.NEWS_ARTICLE).build())
      .addSource(Source.builder().id("agency-report").kind(SourceKind.NEWS_ARTICLE).publisher("alliance").build())
      .addSource(Source.builder().id("elsewhere").kind(SourceKind.NEWS_ARTICLE).publisher("unrelated").build())
      .build();

  private static final Claim CLAIM = Claim.builder().id("shipped").proposition("A shipment was made.")
      .eventKind(EventKind.ARMS_TRANSFER)
      .addAttribution(Attribution.builder().id("a1").claimant("claimant").source("article")
          .mode(AttributionMode.PARAPHRASE).stance(Stance.ASSERTS).modality(Modality.REPORTED)
          .quote(TextAnchor.locate(TEXT, "reported the shipment")).build())
      .build();

  private static ClaimRelation relation(String from, RelationKind kind, String to) {
    return ClaimRelation.builder().from(from).kind(kind).to(to).build();
  }

  private static Actor.Builder actor(String id, ActorKind kind) {
    return Actor.builder().id(id).kind(kind).name(id);
  }

  @Test
  void holdsStandInsOfWhatTheClaimNames() {
    ClaimDocument probe = new ClaimProbe(HEADER).of(CLAIM);
    assertThat(probe.getId()).isEqualTo("doc");
    assertThat(probe.getClaims()).containsExactly(CLAIM);
    assertThat(probe.getActors()).containsExactly(
        Actor.builder().id("claimant").kind(ActorKind.STATE).name("claimant").build());
    Source article = HEADER.findSource("article").orElseThrow();
    assertThat(probe.getSources()).containsExactly(Source.builder().id("article").kind(article.getKind())
        .text(article.getText()).build());
  }

  @Test
  void isValidByThePrecompiledPassWhenTheWholeDocumentIs() {
    assertThat(GeoClaimsValidator.shared().validate(HEADER.withClaims(CLAIM))).isEmpty();
    assertThat(PrecompiledRules.isValid(new ClaimProbe(HEADER).of(CLAIM))).isTrue();
  }

  @Test
  void leavesOutWhatTheHeaderDoesNotHave() {
    Claim stray = CLAIM.withAttributions(CLAIM.getAttributions().get(0).withClaimant("nobody").withSource("nowhere"));
    ClaimDocument probe = new ClaimProbe(HEADER).of(stray);
    assertThat(probe.getActors()).isEmpty();
    assertThat(probe.getSources()).isEmpty();
  }

  @Test
  void givesTheClaimsTheRelationsNameStandInsSoThatValidRelationsAreValid() {
    List<ClaimRelation> relations = List.of(
        relation("shipped", RelationKind.SUPPORTS, "denied"),
        ClaimRelation.builder().from("shipped").kind(RelationKind.SAME_PROPOSITION).to("elsewhere")
            .targetDocument("other-document").build());
    ClaimDocument probe = new ClaimProbe(HEADER).ofTrailer(relations, Map.of("x-batch", "7"),
        Set.of("shipped", "denied")::contains);
    assertThat(probe.getClaims()).extracting(Claim::getId).containsExactly("shipped", "denied");
    assertThat(probe.getRelations()).isEqualTo(relations);
    assertThat(probe.getExtensions()).containsEntry("x-batch", "7");
    assertThat(PrecompiledRules.isValid(probe)).isTrue();
  }

  @Test
  void leavesTheRelationRulesToFindWhatIsWrong() {
    List<ClaimRelation> cycle = List.of(relation("shipped", RelationKind.SUPPORTS, "denied"),
        relation("denied", RelationKind.SUPPORTS, "shipped"));
    ClaimDocument probe = new ClaimProbe(HEADER).ofTrailer(cycle, Map.of(), Set.of("shipped", "denied")::contains);
    assertThat(GeoClaimsValidator.shared().validate(probe)).extracting(Violation::code, Violation::path)
        .containsExactlyInAnyOrder(tuple(ViolationCode.RELATION_CYCLE, "relations[0]"),
            tuple(ViolationCode.RELATION_CYCLE, "relations[1]"));
  }

  @Test
  void hasNoStandInsWithoutAnActorAndASourceForThem() {
    ClaimDocument bare = ClaimDocument.builder().id("doc").build();
    ClaimDocument probe = new ClaimProbe(bare).ofTrailer(
        List.of(relation("shipped", RelationKind.SUPPORTS, "denied")), Map.of(), id -> true);
    assertThat(probe.getClaims()).isEmpty();
  }
}
