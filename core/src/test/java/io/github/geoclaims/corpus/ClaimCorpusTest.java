package io.github.geoclaims.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionBasis;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.CommunicationKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Origin;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.shapes.WorkGrowth;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import io.github.geoclaims.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClaimCorpusTest {

  private static final String CLAIM = "nk-shipped-containers";

  private static Attribution attribution(String id, String claimant) {
    return Attribution.builder().id(id).claimant(claimant).source("article").mode(AttributionMode.REPORTED_SPEECH)
        .stance(Stance.ASSERTS).modality(Modality.REPORTED).build();
  }

  private static Claim claim(String id, Attribution... attributions) {
    return SampleDocuments.shipped().withId(id).withAssessments().withAttributions(attributions);
  }

  private static ClaimDocument document(String id, Claim... claims) {
    return SampleDocuments.document().withId(id).withClaims(claims)
        .withCommunications(Communication.builder().id("briefing").kind(CommunicationKind.PRESS_BRIEFING)
            .issuer("white-house").build());
  }

  /** The briefing, in document 000; four other articles repeat it, each relaying 000's attribution. */
  private static List<ClaimDocument> fiveArticlesRepeatingOneBriefing() {
    List<ClaimDocument> documents = new ArrayList<>();
    documents.add(document("000", claim(CLAIM, attribution("a-wh", "white-house").withCommunication("briefing"))));
    for (int i = 1; i <= 4; i++) {
      Attribution outlet = attribution("a-outlet", "outlet-" + i).withMode(AttributionMode.AUTHORIAL)
          .withBasis(AttributionBasis.RESTATEMENT).withRelayedFrom("a-wh");
      Attribution whiteHouse = attribution("a-wh", "white-house").withRelayedFrom("000/a-wh");
      documents.add(document("00" + i, claim(CLAIM, outlet, whiteHouse)));
    }
    return documents;
  }

  @Test
  void fiveArticlesRepeatingOneBriefingAreOneOrigin() {
    ClaimCorpus corpus = ClaimCorpus.of(fiveArticlesRepeatingOneBriefing());
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.appearancesOf(CLAIM)).hasSize(5);
    assertThat(corpus.independentOrigins(CLAIM))
        .containsExactly(Origin.of(Origin.Kind.COMMUNICATION, "000/briefing"));
  }

  @Test
  void tracesEachAppearanceDownToItsOrigin() {
    ClaimTrace trace = ClaimCorpus.of(fiveArticlesRepeatingOneBriefing()).trace(CLAIM);
    Appearance third = trace.appearances().get(2);
    assertThat(third.getDocument()).isEqualTo("002");
    assertThat(trace.chains().get(third)).hasSize(2).allSatisfy(chain -> {
      assertThat(chain.origin()).contains(Origin.of(Origin.Kind.COMMUNICATION, "000/briefing"));
      assertThat(chain.steps().get(chain.steps().size() - 1).document()).isEqualTo("000");
    });
    assertThat(trace.chains().get(third).get(0).steps()).extracting(EchoStep::claimant)
        .containsExactly("outlet-2", "white-house", "white-house");
  }

  @Test
  void theSameClaimFromTwoCommunicationsInTwoDocumentsIsTwoOrigins() {
    ClaimCorpus corpus = ClaimCorpus.of(List.of(
        document("000", claim(CLAIM, attribution("a-ria", "ria-news"))),
        document("001", claim(CLAIM, attribution("a-wh", "white-house").withCommunication("briefing")))));
    assertThat(corpus.independentOrigins(CLAIM)).containsExactly(Origin.of(Origin.Kind.CLAIMANT, "000/ria-news"),
        Origin.of(Origin.Kind.COMMUNICATION, "001/briefing"));
  }

  @Test
  void attributionsNamingOneCommunicationOfAnotherDocumentAreOneOrigin() {
    ClaimCorpus corpus = ClaimCorpus.of(List.of(
        document("000", claim(CLAIM, attribution("a-wh", "white-house").withCommunication("briefing"))),
        document("001", claim(CLAIM, attribution("a-kirby", "john-kirby").withCommunication("000/briefing")))));
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.independentOrigins(CLAIM)).containsExactly(Origin.of(Origin.Kind.COMMUNICATION, "000/briefing"));
    assertThat(corpus.claimsByCommunication("000/briefing")).extracting(Appearance::getDocument)
        .containsExactly("000", "001");
  }

  @Test
  void reportsAReferenceToADocumentTheCorpusLacks() {
    ClaimCorpus corpus = ClaimCorpus.of(List.of(
        document("001", claim(CLAIM, attribution("a-wh", "white-house").withRelayedFrom("000/a-wh")))));
    assertThat(corpus.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(ViolationCode.CORPUS_REFERENCE_UNRESOLVED);
      assertThat(problem.document()).isEqualTo("001");
      assertThat(problem.pointer()).isEqualTo("/claims/0/attributions/0/relayedFrom");
      assertThat(problem.message()).contains("'000'", "not in the corpus");
    });
    assertThat(corpus.independentOrigins(CLAIM))
        .containsExactly(Origin.of(Origin.Kind.ATTRIBUTION_ELSEWHERE, "000/a-wh"));
  }

  @Test
  void reportsAReferenceToAnAttributionOrCommunicationTheOtherDocumentLacks() {
    ClaimCorpus corpus = ClaimCorpus.of(List.of(
        document("000", claim(CLAIM, attribution("a-wh", "white-house"))),
        document("001", claim(CLAIM, attribution("a-wh", "white-house").withRelayedFrom("000/a-ria"),
            attribution("a-kirby", "john-kirby").withCommunication("000/interview")))));
    assertThat(corpus.problems()).extracting(CorpusProblem::pointer, CorpusProblem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/claims/0/attributions/0/relayedFrom",
            ViolationCode.CORPUS_REFERENCE_UNRESOLVED),
        org.assertj.core.groups.Tuple.tuple("/claims/0/attributions/1/communication",
            ViolationCode.CORPUS_REFERENCE_UNRESOLVED));
    assertThat(corpus.problems().get(0).message()).contains("no attribution 'a-ria' of claim '" + CLAIM + "'");
    assertThat(corpus.problems().get(1).message()).contains("no communication 'interview'");
  }

  @Test
  void reportsARelationToADocumentOrClaimTheCorpusLacks() {
    ClaimDocument first = document("000", claim(CLAIM, attribution("a", "white-house")))
        .withRelations(ClaimRelation.builder().from(CLAIM).kind(RelationKind.SUPPORTS).to("x").targetDocument("001")
            .build(), ClaimRelation.builder().from(CLAIM).kind(RelationKind.SUPPORTS).to("x")
            .targetDocument("002").build());
    ClaimCorpus corpus = ClaimCorpus.of(List.of(first, document("001", claim("y", attribution("a", "w")))));
    assertThat(corpus.problems()).extracting(CorpusProblem::pointer, CorpusProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/relations/0/to", "document '001' has no claim 'x'"),
        org.assertj.core.groups.Tuple.tuple("/relations/1/targetDocument",
            "'002' is not in the corpus; add it, or correct the reference"));
  }

  /** A chain of documents, each relaying the previous one's attribution of the claim. */
  private static ClaimCorpus chainOfDocuments(int length) {
    return ClaimCorpus.of(IntStream.range(0, length).mapToObj(i -> document("d" + i, claim(CLAIM,
        i == 0 ? attribution("a", "origin") : attribution("a", "relay-" + i).withRelayedFrom("d" + (i - 1) + "/a")))));
  }

  @Test
  void resolvesEachRelayOfALongChainAcrossDocumentsOnce() {
    WorkGrowth.assertLinear("steps resolving relays across documents",
        length -> chainOfDocuments(length).relays().steps(), 2_000);
    ClaimCorpus corpus = chainOfDocuments(5_000);
    assertThat(corpus.relays().steps()).isLessThanOrEqualTo(5_000);
    assertThat(corpus.independentOrigins(CLAIM)).containsExactly(Origin.of(Origin.Kind.CLAIMANT, "d0/origin"));
  }

  @Test
  void reportsARelayCycleAcrossDocumentsOnce() {
    ClaimCorpus corpus = ClaimCorpus.of(List.of(
        document("000", claim(CLAIM, attribution("a-wh", "white-house").withRelayedFrom("001/a-wh"))),
        document("001", claim(CLAIM, attribution("a-wh", "white-house").withRelayedFrom("000/a-wh")))));
    assertThat(corpus.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(ViolationCode.CORPUS_CHAIN_CYCLE);
      assertThat(problem.document()).isEqualTo("000");
    });
    assertThat(corpus.independentOrigins(CLAIM)).isEmpty();
    assertThat(corpus.trace(CLAIM).chains().values()).allSatisfy(chains -> assertThat(chains).singleElement()
        .satisfies(chain -> assertThat(chain.ending()).contains("cycle")));
  }

  @Test
  void reportsARepeatedDocumentIdentifierAndLeavesTheCopyOut() {
    ClaimCorpus corpus = ClaimCorpus.of(List.of(document("000", claim(CLAIM, attribution("a", "white-house"))),
        document("000", claim("other", attribution("a", "white-house")))));
    assertThat(corpus.documentIds()).containsExactly("000");
    assertThat(corpus.claimIds()).containsExactly(CLAIM);
    assertThat(corpus.problems()).singleElement().extracting(CorpusProblem::code)
        .isEqualTo(ViolationCode.CORPUS_DOCUMENT_DUPLICATE);
  }

  @Test
  void validatesThroughJakartaWithAPathIntoTheDocument() {
    ClaimCorpus corpus = ClaimCorpus.of(List.of(
        document("001", claim(CLAIM, attribution("a-wh", "white-house").withRelayedFrom("000/a-wh")))));
    List<Violation> violations = GeoClaimsValidator.shared().validate(corpus);
    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.code()).isEqualTo(ViolationCode.CORPUS_REFERENCE_UNRESOLVED);
      assertThat(violation.path()).isEqualTo("documents[0].claims[0].attributions[0].relayedFrom");
      assertThat(violation.message()).startsWith("in document '001': ");
    });
    assertThat(GeoClaimsValidator.shared().validate(ClaimCorpus.of(fiveArticlesRepeatingOneBriefing()))).isEmpty();
  }

  @Test
  void joinsClaimsBySameIdAndBySamePropositionRelations() {
    ClaimDocument first = document("000", claim(CLAIM, attribution("a", "white-house")));
    ClaimDocument second = document("001", claim("containers-to-russia", attribution("a", "ria-news")))
        .withRelations(ClaimRelation.builder().from("containers-to-russia").kind(RelationKind.SAME_PROPOSITION)
            .to(CLAIM).targetDocument("000").build());
    ClaimCorpus corpus = ClaimCorpus.of(List.of(first, second));
    assertThat(corpus.appearancesOf(CLAIM)).extracting(Appearance::getClaimId)
        .containsExactly(CLAIM, "containers-to-russia");
    assertThat(corpus.appearancesOf("containers-to-russia")).hasSize(2);
    assertThat(corpus.independentOrigins(CLAIM)).hasSize(2);
    assertThat(corpus.appearancesOf("unknown")).isEmpty();
    assertThat(corpus.propositionOf(CLAIM)).contains("North Korea shipped containers to Russia.");
  }

  @Test
  void ordersTheTimelineByTheEarliestDateEachDocumentGives() {
    Attribution dated = attribution("a", "white-house");
    ClaimCorpus corpus = ClaimCorpus.of(List.of(
        document("late", claim(CLAIM, dated.withStatedAt(TimeSpec.at(TimePoint.parse("2023-11"))))),
        document("undated", claim(CLAIM, dated.withSource("nowhere"))),
        document("early", claim(CLAIM, dated.withStatedAt(TimeSpec.at(TimePoint.parse("2023-09-02")))))));
    assertThat(corpus.timeline(CLAIM)).extracting(Appearance::getDocument).containsExactly("early", "late",
        "undated");
    assertThat(corpus.firstAppearance(CLAIM)).map(Appearance::getDocument).contains("early");
    assertThat(corpus.firstAppearance("unknown")).isEmpty();
  }

  @Test
  void takesThePublicationDateOfTheSourceWhenNoStatementIsDated() {
    ClaimCorpus corpus = ClaimCorpus.of(List.of(document("000", claim(CLAIM, attribution("a", "white-house")))));
    Source article = SampleDocuments.article();
    assertThat(corpus.firstAppearance(CLAIM).orElseThrow().getEarliest()).isEqualTo(article.getPublishedAt());
  }

  @Test
  void findsDenialsAndContradictionsAcrossDocuments() {
    ClaimDocument first = document("000", claim(CLAIM, attribution("a", "white-house"),
        attribution("b", "russia").withStance(Stance.DISMISSES)));
    ClaimDocument second = document("001", claim("no-shipments", attribution("a", "russia")))
        .withRelations(ClaimRelation.builder().from("no-shipments").kind(RelationKind.CONTRADICTS).to(CLAIM)
            .targetDocument("000").build());
    List<Opposition> oppositions = ClaimCorpus.of(List.of(first, second)).oppositionsOf(CLAIM);
    assertThat(oppositions).extracting(Opposition::document, Opposition::pointer, Opposition::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("000", "/claims/0/attributions/1", "russia dismisses"),
            org.assertj.core.groups.Tuple.tuple("001", "/relations/0",
                "no-shipments contradicts " + CLAIM + " (in 000)"));
  }

  @Test
  void findsTheClaimsOfAnActorAsParticipantOrClaimant() {
    ClaimCorpus corpus = ClaimCorpus.of(List.of(document("000", claim(CLAIM, attribution("a", "white-house"))),
        document("001", claim("other", attribution("a", "ria-news")))));
    assertThat(corpus.claimsByActor("white-house")).extracting(Appearance::getDocument).containsExactly("000");
    assertThat(corpus.claimsByActor("north-korea")).hasSize(2);
    assertThat(corpus.claimsByActor("nobody")).isEmpty();
  }

  @Test
  void indexesAStreamOfDocumentsAndRefusesDocumentsAfterBuilding() {
    ClaimCorpus.Builder builder = ClaimCorpus.builder();
    ClaimCorpus corpus = ClaimCorpus.of(IntStream.range(0, 10)
        .mapToObj(i -> document("d" + i, claim(CLAIM, attribution("a", "actor-" + i)))));
    assertThat(corpus.documentIds()).hasSize(10);
    assertThat(corpus.appearanceCount()).isEqualTo(10);
    assertThat(corpus.independentOrigins(CLAIM)).hasSize(10);
    builder.build();
    assertThatIllegalStateException().isThrownBy(() -> builder.add(document("late")))
        .withMessageContaining("ClaimCorpus.builder()");
  }

  @Test
  void pointsAtTheClaimInItsDocument() {
    Appearance appearance = ClaimCorpus.of(List.of(document("000", claim("x", attribution("a", "w")),
        claim(CLAIM, attribution("b", "w"))))).appearancesOf(CLAIM).get(0);
    assertThat(appearance.getPointer()).isEqualTo("/claims/1");
    assertThat(appearance).hasToString("000#/claims/1 (" + CLAIM + ")");
  }
}
