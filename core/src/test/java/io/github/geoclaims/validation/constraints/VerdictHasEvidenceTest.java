package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.withAssessments;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerdictHasEvidenceTest {

  private static VerificationAssessment assessment(String status) {
    return VerificationAssessment.builder().status(VerificationStatus.of(status)).rationale("Because.").build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"confirmed", "refuted"})
  void acceptsVerdictWithEvidence(String status) {
    assertValid(withAssessments(assessment(status).withEvidence(
        Evidence.builder().description("Satellite images of the port").source("article").build())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"confirmed", "refuted"})
  void rejectsVerdictWithoutEvidence(String status) {
    var violation = assertOnlyViolation(withAssessments(assessment("unverified"), assessment(status)),
        ViolationCode.VERIFICATION_EVIDENCE_MISSING, "claims[0].assessments[1].evidence");
    assertThat(violation.message()).isEqualTo("an assessment that says '" + status
        + "' must name the evidence it rests on");
  }

  @ParameterizedTest
  @ValueSource(strings = {"unverified", "corroborated", "disputed", "unverifiable", "misleading", "x-retracted"})
  void acceptsOtherStatusesWithoutEvidence(String status) {
    assertValid(assessment(status));
  }
}
