package io.github.geoclaims.model;

import static io.github.geoclaims.testing.DocumentGenerator.forSeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.testing.DocumentGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builders, withers and copies preserve every value; text forms of time points and anchors round-trip. Each property
 * runs once per seed, with values from a {@link DocumentGenerator} for that seed; a failure names its seed.
 */
class ModelPropertiesTest {

  static LongStream seeds300() {
    return DocumentGenerator.seeds(300);
  }

  static LongStream seeds1000() {
    return DocumentGenerator.seeds(1000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds300")
  void documentsRoundTripThroughCopyBuilderAndWithers(long seed) {
    forSeed(seed, generator -> {
      ClaimDocument document = generator.document();
      assertThat(ClaimDocument.copyOf(document)).isEqualTo(document);
      assertThat(ClaimDocument.builder().from(document).build()).isEqualTo(document).hasSameHashCodeAs(document);
      assertThat(document.withId(document.getId()).withActors(document.getActors())
          .withSources(document.getSources()).withClaims(document.getClaims()).withRelations(document.getRelations())
          .withTitle(document.getTitle()).withDescription(document.getDescription())
          .withExtensions(document.getExtensions())).isEqualTo(document);
      assertThat(document.withId(document.getId() + "-changed")).isNotEqualTo(document);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds300")
  void partsRoundTripThroughCopyBuilderAndWithers(long seed) {
    forSeed(seed, generator -> {
      ClaimDocument document = generator.document();
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
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds1000")
  void timePointsRoundTripThroughTheirText(long seed) {
    forSeed(seed, generator -> {
      TimePoint point = generator.timePoint();
      TimePoint parsed = TimePoint.parse(point.toString());
      assertThat(parsed).isEqualTo(point);
      assertThat(parsed.getPrecision()).isEqualTo(point.getPrecision());
      assertThat(parsed.firstDay()).isEqualTo(point.firstDay());
      assertThat(point.lastDay()).isAfterOrEqualTo(point.firstDay());
      assertThat(point.isCertainlyAfter(point)).isFalse();
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds1000")
  void neverCertainlyAfterEachOtherBothWays(long seed) {
    forSeed(seed, generator -> {
      TimePoint a = generator.timePoint();
      TimePoint b = generator.timePoint();
      assertThat(a.isCertainlyAfter(b) && b.isCertainlyAfter(a)).isFalse();
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds1000")
  void locatesEveryPassageAtItsFirstOccurrence(long seed) {
    forSeed(seed, generator -> {
      String text = generator.text();
      int a = generator.nextInt(80);
      int b = generator.nextInt(80);
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
      assertThat(text.indexOf(exact)).as("the first occurrence, in UTF-16 units")
          .isEqualTo(text.offsetByCodePoints(0, anchor.getStart()));
      assertThat(anchor.getPrefix()).isEmpty();
      assertThat(anchor.getSuffix()).isEmpty();
    });
  }
}
