package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.relation;
import static io.github.geoclaims.model.SampleDocuments.withClaims;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static io.github.geoclaims.validation.ValidationAssertions.assertViolations;
import static io.github.geoclaims.validation.ValidationAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcyclicRelationsTest {

  private static ClaimDocument related(ClaimRelation... relations) {
    return withClaims("a", "b", "c", "d").withRelations(relations);
  }

  @Test
  void acceptsDirectedRelationsWithoutCycle() {
    assertValid(related(relation("a", RelationKind.SUPPORTS, "b"), relation("b", RelationKind.ELABORATES, "c"),
        relation("a", RelationKind.RESPONDS_TO, "c"), relation("d", RelationKind.OVERSTATES, "a")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"supports", "contradicts", "same-proposition", "x-echoes"})
  void rejectsClaimRelatedToItself(String kind) {
    var violation = assertOnlyViolation(related(relation("b", RelationKind.of(kind), "b")),
        ViolationCode.RELATION_CYCLE, "relations[0].to");
    assertThat(violation.message()).isEqualTo("claim 'b' cannot relate to itself");
  }

  @Test
  void rejectsDirectedCycle() {
    ClaimDocument document = related(relation("a", RelationKind.SUPPORTS, "b"),
        relation("b", RelationKind.RESPONDS_TO, "c"), relation("c", RelationKind.OVERSTATES, "a"));
    assertViolations(document).containsExactly(
        violation(ViolationCode.RELATION_CYCLE, "relations[0]"),
        violation(ViolationCode.RELATION_CYCLE, "relations[1]"),
        violation(ViolationCode.RELATION_CYCLE, "relations[2]"));
    assertThat(io.github.geoclaims.validation.GeoClaimsValidator.shared().validate(document).get(0).message())
        .isEqualTo("following supports relations from 'a' leads back to it; supports, responds-to, overstates and"
            + " elaborates must not form a cycle");
  }

  @Test
  void reportsOnlyTheRelationsOnTheCycle() {
    ClaimDocument document = related(relation("d", RelationKind.SUPPORTS, "a"),
        relation("a", RelationKind.ELABORATES, "b"), relation("b", RelationKind.ELABORATES, "a"),
        relation("b", RelationKind.SUPPORTS, "c"));
    assertViolations(document).containsExactly(
        violation(ViolationCode.RELATION_CYCLE, "relations[1]"),
        violation(ViolationCode.RELATION_CYCLE, "relations[2]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"contradicts", "denies", "same-proposition"})
  void acceptsSymmetricRelationsBothWays(String kind) {
    assertValid(related(relation("a", RelationKind.of(kind), "b"), relation("b", RelationKind.of(kind), "a")));
  }

  @Test
  void acceptsCycleThroughANonDirectedRelation() {
    assertValid(related(relation("a", RelationKind.SUPPORTS, "b"), relation("b", RelationKind.CONTRADICTS, "a")));
  }

  @Test
  void ignoresRelationsToAnotherDocument() {
    assertValid(related(relation("a", RelationKind.SUPPORTS, "b"),
        relation("b", RelationKind.SUPPORTS, "a").withTargetDocument("elsewhere"),
        relation("c", RelationKind.SUPPORTS, "c").withTargetDocument("elsewhere")));
  }

  @Test
  void treatsRelationsToThisDocumentAsLocal() {
    ClaimDocument document = related(relation("a", RelationKind.SUPPORTS, "b"),
        relation("b", RelationKind.SUPPORTS, "a").withTargetDocument("sample"));
    assertViolations(document).containsExactly(
        violation(ViolationCode.RELATION_CYCLE, "relations[0]"),
        violation(ViolationCode.RELATION_CYCLE, "relations[1]"));
  }
}
