package io.github.geoclaims.interop.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StixVocabulariesTest {

  @ParameterizedTest(name = "credibility {0} gives confidence {1}")
  @CsvSource({"1, 90", "2, 70", "3, 50", "4, 30", "5, 10"})
  void admiraltyCredibilityMapsOntoConfidenceByAppendixA(int credibility, int confidence) {
    VerificationAssessment assessment = assessment().withAdmiraltyRating(AdmiraltyRating.of("C", credibility))
        .withConfidence(0.99);

    assertThat(StixVocabularies.confidence(assessment)).contains(confidence);
  }

  @Test
  void credibilitySixCannotBeJudgedAndGivesNoConfidence() {
    assertThat(StixVocabularies.confidence(assessment().withAdmiraltyRating(AdmiraltyRating.of("F", 6)))).isEmpty();
  }

  @Test
  void withoutAnAdmiraltyRatingTheProbabilityIsAPercentage() {
    assertThat(StixVocabularies.confidence(assessment().withConfidence(0.675))).contains(68);
    assertThat(StixVocabularies.confidence(assessment())).isEmpty();
  }

  @Test
  void everyStandardStatusHasAnOpinionAndAnExtensionStatusNone() {
    assertThat(VerificationStatus.standardValues()).allSatisfy(status ->
        assertThat(StixVocabularies.opinion(status)).isPresent());
    assertThat(StixVocabularies.opinion(VerificationStatus.of("x-unknown"))).isEmpty();
  }

  @Test
  void everyStandardActorKindHasAnIdentityClassAndAnExtensionKindIsUnknown() {
    assertThat(ActorKind.standardValues()).allSatisfy(kind ->
        assertThat(StixVocabularies.identityClass(kind)).isIn("individual", "group", "organization", "unknown"));
    assertThat(StixVocabularies.identityClass(ActorKind.of("x-militia"))).isEqualTo("unknown");
  }

  private static VerificationAssessment assessment() {
    return VerificationAssessment.builder().status(VerificationStatus.UNVERIFIED).rationale("Not checked.").build();
  }
}
