package io.github.geoclaims.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Builders, withers and copies preserve every value; text forms of time points and anchors round-trip. */
class ModelProperties {

  @Provide
  Arbitrary<ClaimDocument> documents() {
    return Arbitraries.oneOf(ModelArbitraries.validDocuments(), ModelArbitraries.arbitraryDocuments());
  }

  @Provide
  Arbitrary<TimePoint> timePoints() {
    return ModelArbitraries.timePoints();
  }

  @Provide
  Arbitrary<String> texts() {
    return ModelArbitraries.texts();
  }

  @Property(tries = 300)
  void documentsRoundTripThroughCopyBuilderAndWithers(@ForAll("documents") ClaimDocument document) {
    assertThat(ClaimDocument.copyOf(document)).isEqualTo(document);
    assertThat(ClaimDocument.builder().from(document).build()).isEqualTo(document).hasSameHashCodeAs(document);
    assertThat(document.withId(document.getId()).withActors(document.getActors())
        .withSources(document.getSources()).withClaims(document.getClaims()).withRelations(document.getRelations())
        .withTitle(document.getTitle()).withDescription(document.getDescription())
        .withExtensions(document.getExtensions())).isEqualTo(document);
    assertThat(document.withId(document.getId() + "-changed")).isNotEqualTo(document);
  }

  @Property(tries = 300)
  void partsRoundTripThroughCopyBuilderAndWithers(@ForAll("documents") ClaimDocument document) {
    for (Actor actor : document.getActors()) {
      assertThat(Actor.copyOf(actor)).isEqualTo(actor);
      assertThat(Actor.builder().from(actor).build()).isEqualTo(actor).hasSameHashCodeAs(actor);
      assertThat(actor.withName(actor.getName()).withKind(actor.getKind()).withMembers(actor.getMembers())
          .withRoles(actor.getRoles()).withMemberCount(actor.getMemberCount())).isEqualTo(actor);
      actor.getRoles().forEach(role -> assertThat(Role.builder().from(role).build()).isEqualTo(role));
    }
    for (Source source : document.getSources()) {
      assertThat(Source.copyOf(source)).isEqualTo(source);
      assertThat(Source.builder().from(source).build()).isEqualTo(source).hasSameHashCodeAs(source);
      assertThat(source.withText(source.getText()).withPublishedAt(source.getPublishedAt())
          .withCitations(source.getCitations())).isEqualTo(source);
      for (Citation citation : source.getCitations()) {
        assertThat(Citation.builder().from(citation).build()).isEqualTo(citation);
        assertThat(citation.withAnchor(citation.getAnchor())).isEqualTo(citation);
      }
    }
    for (Claim claim : document.getClaims()) {
      assertThat(Claim.copyOf(claim)).isEqualTo(claim);
      assertThat(Claim.builder().from(claim).build()).isEqualTo(claim).hasSameHashCodeAs(claim);
      assertThat(claim.withAttributions(claim.getAttributions()).withAssessments(claim.getAssessments())
          .withTime(claim.getTime()).withQuantities(claim.getQuantities())).isEqualTo(claim);
      claim.getParticipants().forEach(p -> assertThat(Participant.builder().from(p).build()).isEqualTo(p));
      claim.getQuantities().forEach(q -> assertThat(Quantity.builder().from(q).build()).isEqualTo(q));
      claim.getTime().ifPresent(t -> assertThat(TimeSpec.builder().from(t).build()).isEqualTo(t));
      for (Attribution attribution : claim.getAttributions()) {
        assertThat(Attribution.copyOf(attribution)).isEqualTo(attribution);
        assertThat(Attribution.builder().from(attribution).build()).isEqualTo(attribution);
        assertThat(attribution.withQuote(attribution.getQuote()).withRelayedFrom(attribution.getRelayedFrom())
            .withStance(attribution.getStance())).isEqualTo(attribution);
        attribution.getQuote().ifPresent(q -> assertThat(TextAnchor.builder().from(q).build()).isEqualTo(q));
      }
      for (VerificationAssessment assessment : claim.getAssessments()) {
        assertThat(VerificationAssessment.builder().from(assessment).build()).isEqualTo(assessment);
        assertThat(assessment.withConfidence(assessment.getConfidence())).isEqualTo(assessment);
        assessment.getEvidence().forEach(e -> assertThat(Evidence.builder().from(e).build()).isEqualTo(e));
        assessment.getAdmiraltyRating().ifPresent(
            r -> assertThat(AdmiraltyRating.builder().from(r).build()).isEqualTo(r));
      }
    }
    for (ClaimRelation relation : document.getRelations()) {
      // ClaimRelation.Builder has no from(ClaimRelation): the attribute "from" takes that name
      assertThat(ClaimRelation.copyOf(relation)).isEqualTo(relation);
      assertThat(relation.withFrom(relation.getFrom()).withTo(relation.getTo()).withKind(relation.getKind())
          .withTargetDocument(relation.getTargetDocument())).isEqualTo(relation);
    }
  }

  @Property
  void timePointsRoundTripThroughTheirText(@ForAll("timePoints") TimePoint point) {
    TimePoint parsed = TimePoint.parse(point.toString());
    assertThat(parsed).isEqualTo(point);
    assertThat(parsed.getPrecision()).isEqualTo(point.getPrecision());
    assertThat(parsed.firstDay()).isEqualTo(point.firstDay());
    assertThat(point.lastDay()).isAfterOrEqualTo(point.firstDay());
    assertThat(point.isCertainlyAfter(point)).isFalse();
  }

  @Property
  void neverCertainlyAfterEachOtherBothWays(@ForAll("timePoints") TimePoint a, @ForAll("timePoints") TimePoint b) {
    assertThat(a.isCertainlyAfter(b) && b.isCertainlyAfter(a)).isFalse();
  }

  @Property
  void locatesEveryPassageAtItsFirstOccurrence(@ForAll("texts") String text, @ForAll @IntRange(max = 79) int a,
      @ForAll @IntRange(max = 79) int b) {
    int length = text.codePointCount(0, text.length());
    int start = Math.min(a, b) % length;
    int end = Math.min(length, start + 1 + Math.abs(a - b));
    String exact = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    TextAnchor anchor = TextAnchor.locate(text, exact);
    assertThat(anchor.getExact()).isEqualTo(exact);
    assertThat(anchor.getStart()).isLessThanOrEqualTo(start);
    assertThat(anchor.getEnd() - anchor.getStart()).isEqualTo(end - start);
    String found = text.substring(text.offsetByCodePoints(0, anchor.getStart()),
        text.offsetByCodePoints(0, anchor.getEnd()));
    assertThat(found).isEqualTo(exact);
    assertThat(List.of(anchor)).allSatisfy(x -> assertThat(x.getPrefix()).isEmpty());
  }
}
