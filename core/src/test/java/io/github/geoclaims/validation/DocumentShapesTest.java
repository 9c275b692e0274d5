package io.github.geoclaims.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.shapes.DocumentShape;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No document shape makes validation superlinear: each shape of 20,000 elements validates well within a deadline
 * that only a superlinear rule misses (they took 40 seconds to minutes), and a report stays bounded however many
 * places break a rule. The algorithms' own tests count their work at n and 4n; this is the guard on the whole.
 */
class DocumentShapesTest {

  private static final int ELEMENTS = 20_000;
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @ParameterizedTest
  @EnumSource(DocumentShape.class)
  void validatesEveryShapeOfTwentyThousandElementsWithinTheDeadline(DocumentShape shape) {
    ClaimDocument document = shape.generate(ELEMENTS);
    List<Violation> violations = assertTimeoutPreemptively(DEADLINE,
        () -> GeoClaimsValidator.shared().validate(document));
    assertThat(violations.isEmpty()).as("%s is valid", shape).isEqualTo(shape.isValid());
  }

  @Test
  void reportsAnIdentifierSharedByManyAttributionsOnceWithItsFirstPlacesAndCount() {
    List<Violation> violations = GeoClaimsValidator.shared()
        .validate(DocumentShape.SHARED_ATTRIBUTION_ID.generate(ELEMENTS));
    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.code()).isEqualTo(ViolationCode.IDENTIFIER_DUPLICATE);
      assertThat(violation.path()).isEqualTo("claims[1].attributions[0].id");
      assertThat(violation.message()).isEqualTo("attribution id 'shared' is already used at"
          + " claims[0].attributions[0]; it is used 20000 times in all, also at claims[2].attributions[0],"
          + " claims[3].attributions[0], claims[4].attributions[0], claims[5].attributions[0],"
          + " claims[6].attributions[0], claims[7].attributions[0], claims[8].attributions[0],"
          + " claims[9].attributions[0], claims[10].attributions[0], claims[11].attributions[0] and 19988 more");
    });
  }

  @Test
  void reportsAtMostAThousandViolationsOfOneRuleAndCountsTheRest() {
    List<Violation> violations = GeoClaimsValidator.shared().validate(DocumentShape.MANY_PROBLEMS.generate(3_000));
    assertThat(violations).hasSize(1_001).allSatisfy(violation ->
        assertThat(violation.code()).isEqualTo(ViolationCode.REFERENCE_UNRESOLVED));
    assertThat(violations.get(0)).satisfies(summary -> {
      assertThat(summary.path()).isEmpty();
      assertThat(summary.message()).isEqualTo("2000 more violations of this rule are not listed: a rule reports at"
          + " most 1000 violations on one object");
    });
  }
}
