package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.shapes.WorkGrowth.assertLinear;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.shapes.DocumentShape;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RelationCyclesTest {

  /** The supports chain closed into one cycle, with a chord from every claim to the one two before it. */
  private static ClaimDocument knot(int n) {
    ClaimDocument chain = DocumentShape.SUPPORTS_CHAIN.generate(n);
    ClaimDocument.Builder knot = ClaimDocument.builder().from(chain)
        .addRelation(relation(DocumentShape.claimId(0), DocumentShape.claimId(n - 1)));
    IntStream.range(2, n).forEach(i -> knot.addRelation(relation(DocumentShape.claimId(i),
        DocumentShape.claimId(i - 2))));
    return knot.build();
  }

  private static ClaimRelation relation(String from, String to) {
    return ClaimRelation.builder().from(from).kind(RelationKind.ELABORATES).to(to).build();
  }

  @ParameterizedTest
  @EnumSource(names = {"SUPPORTS_CHAIN", "FAN_IN", "FAN_OUT"})
  void findsCyclesInWorkLinearInTheRelations(DocumentShape shape) {
    assertLinear("steps of the cycle search in " + shape, n -> RelationCycles.of(shape.generate(n)).steps(), 5_000);
  }

  @Test
  void findsEveryRelationOfOneLargeKnotOnACycleInLinearWork() {
    assertLinear("steps of the cycle search in a knot", n -> RelationCycles.of(knot(n)).steps(), 5_000);
    ClaimDocument knot = knot(1_000);
    RelationCycles cycles = RelationCycles.of(knot);
    assertThat(IntStream.range(0, knot.getRelations().size())).allMatch(cycles::isOnCycle);
  }

  @Test
  void findsNoCycleInALongChain() {
    ClaimDocument chain = DocumentShape.SUPPORTS_CHAIN.generate(20_000);
    RelationCycles cycles = RelationCycles.of(chain);
    assertThat(IntStream.range(0, chain.getRelations().size())).noneMatch(cycles::isOnCycle);
  }
}
