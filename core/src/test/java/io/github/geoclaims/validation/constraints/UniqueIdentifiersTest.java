package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.article;
import static io.github.geoclaims.model.SampleDocuments.claim;
import static io.github.geoclaims.model.SampleDocuments.document;
import static io.github.geoclaims.model.SampleDocuments.northKorea;
import static io.github.geoclaims.model.SampleDocuments.russia;
import static io.github.geoclaims.model.SampleDocuments.shipped;
import static io.github.geoclaims.model.SampleDocuments.whiteHouse;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.api.Test;

class UniqueIdentifiersTest {

  @Test
  void acceptsOneIdentifierUsedByObjectsOfDifferentKinds() {
    Source sameIdAsActor = Source.builder().id("russia").kind(SourceKind.OTHER).build();
    assertValid(document().withSources(article(), sameIdAsActor)
        .withClaims(shipped(), claim("north-korea")));
  }

  @Test
  void rejectsDuplicateActorIdentifier() {
    var violation = assertOnlyViolation(
        document().withActors(northKorea(), whiteHouse(), russia(), northKorea().withName("DPRK")),
        ViolationCode.IDENTIFIER_DUPLICATE, "actors[3].id");
    assertThat(violation.message()).isEqualTo("id 'north-korea' is already used at actors[0]");
  }

  @Test
  void rejectsDuplicateSourceIdentifier() {
    assertOnlyViolation(document().withSources(article(), article().withText(java.util.Optional.empty())),
        ViolationCode.IDENTIFIER_DUPLICATE, "sources[1].id");
  }

  @Test
  void rejectsDuplicateClaimIdentifier() {
    var violation = assertOnlyViolation(document().withClaims(claim("a"), claim("b"), claim("c").withId("a")),
        ViolationCode.IDENTIFIER_DUPLICATE, "claims[2].id");
    assertThat(violation.message()).isEqualTo("id 'a' is already used at claims[0]");
  }

  @Test
  void rejectsAttributionIdentifierUsedInAnotherClaim() {
    var violation = assertOnlyViolation(
        document().withClaims(shipped(), claim("other").withAttributions(whiteHouseSays())),
        ViolationCode.IDENTIFIER_DUPLICATE, "claims[1].attributions[0].id");
    assertThat(violation.message())
        .isEqualTo("attribution id 'a-white-house' is already used at claims[0].attributions[0]");
  }
}
