package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.russiaDismisses;
import static io.github.geoclaims.model.SampleDocuments.shipped;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static io.github.geoclaims.model.SampleDocuments.withClaim;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static io.github.geoclaims.validation.ValidationAssertions.assertViolations;
import static io.github.geoclaims.validation.ValidationAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.api.Test;

class CorroboratedByIndependentOriginsTest {

  private static VerificationAssessment assessment(VerificationStatus status) {
    return VerificationAssessment.builder().status(status).rationale("Two outlets report it.").build();
  }

  private static Claim claim(Attribution... attributions) {
    return shipped().withAttributions(attributions)
        .withAssessments(assessment(VerificationStatus.UNVERIFIED), assessment(VerificationStatus.CORROBORATED));
  }

  /** Russia repeating the White House's claim: a second attribution, but not a second origin. */
  private static Attribution russiaRelaysWhiteHouse() {
    return russiaDismisses().withStance(Stance.ASSERTS).withMode(AttributionMode.REPORTED_SPEECH)
        .withRelayedFrom("a-white-house");
  }

  @Test
  void acceptsCorroborationByTwoIndependentOrigins() {
    assertValid(withClaim(claim(whiteHouseSays(), russiaDismisses().withStance(Stance.ACKNOWLEDGES))));
  }

  @Test
  void rejectsCorroborationByTwoAttributionsFromOneOriginViaRelayedFrom() {
    var violation = assertOnlyViolation(withClaim(claim(whiteHouseSays(), russiaRelaysWhiteHouse())),
        ViolationCode.VERIFICATION_CORROBORATION_INSUFFICIENT, "claims[0].assessments[1].status");
    assertThat(violation.message()).isEqualTo("'corroborated' needs affirming attributions (asserts, acknowledges,"
        + " condemns, supports) from at least two independent origins, but they trace back only to [claimant white-house]");
  }

  @Test
  void rejectsCorroborationWhoseSecondOriginOnlyDismissesTheClaim() {
    assertOnlyViolation(withClaim(claim(whiteHouseSays(), russiaDismisses())),
        ViolationCode.VERIFICATION_CORROBORATION_INSUFFICIENT, "claims[0].assessments[1].status");
  }

  @Test
  void rejectsCorroborationByOneClaimantQuotedTwice() {
    assertOnlyViolation(claim(whiteHouseSays(), whiteHouseSays().withId("a-white-house-2")),
        ViolationCode.VERIFICATION_CORROBORATION_INSUFFICIENT, "assessments[1].status");
  }

  @Test
  void reportsEveryCorroboratedAssessment() {
    Claim claim = claim(whiteHouseSays()).withAssessments(assessment(VerificationStatus.CORROBORATED),
        assessment(VerificationStatus.DISPUTED), assessment(VerificationStatus.CORROBORATED));
    assertViolations(claim).containsExactly(
        violation(ViolationCode.VERIFICATION_CORROBORATION_INSUFFICIENT, "assessments[0].status"),
        violation(ViolationCode.VERIFICATION_CORROBORATION_INSUFFICIENT, "assessments[2].status"));
  }

  @Test
  void acceptsOneOriginWhenNotAssessedAsCorroborated() {
    assertValid(claim(whiteHouseSays()).withAssessments(assessment(VerificationStatus.DISPUTED)));
  }
}
