package io.github.geoclaims.interop.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.geoclaims.interop.Export;
import io.github.geoclaims.interop.TestDocuments;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimReviewExporterTest {

  private final ClaimDocument document = TestDocuments.document();

  @Test
  void everyReviewCarriesGooglesRequiredProperties() {
    JsonNode reviews = TestDocuments.tree(new ClaimReviewExporter("https://example.org/claims/").export(document).json());

    assertThat(reviews).hasSize(3).allSatisfy(review -> {
      assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
      assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
      assertThat(review.get("claimReviewed").asText()).isNotBlank();
      assertThat(review.get("reviewRating").get("alternateName").asText()).isNotBlank();
      assertThat(review.get("url").asText()).startsWith("https://");
    });
  }

  @Test
  void oneReviewPerAssessmentWithTheVerdictOfTheTable() {
    JsonNode reviews = TestDocuments.tree(new ClaimReviewExporter("https://example.org/claims/").export(document).json());

    assertThat(reviews).extracting(review -> review.get("reviewRating").get("alternateName").asText())
        .containsExactly("Unproven", "False", "True");
    assertThat(reviews.get(0).get("claimReviewed").asText()).isEqualTo("North Korea shipped containers to Russia.");
  }

  @Test
  void theUrlIsASourceTheAssessorPublishedElseTheBaseUrlAndTheClaimId() {
    JsonNode reviews = TestDocuments.tree(new ClaimReviewExporter("https://example.org/claims").export(document).json());

    assertThat(reviews.get(0).get("url").asText()).isEqualTo("https://factdesk.example/check");
    assertThat(reviews.get(2).get("url").asText()).isEqualTo("https://example.org/claims/denied");
    assertThat(TestDocuments.tree(new ClaimReviewExporter("https://example.org/claims#").export(document).json()).get(2)
        .get("url").asText()).isEqualTo("https://example.org/claims#denied");
  }

  @Test
  void withoutAnyUrlTheAssessmentIsSkippedAndReported() {
    Export export = new ClaimReviewExporter().export(document);

    assertThat(TestDocuments.tree(export.json())).hasSize(2);
    assertThat(export.report().exported()).isEqualTo(2);
    assertThat(export.report().skipped()).extracting(skip -> skip.item())
        .containsExactly("/claims/1/assessments/0", "/claims/1/assessments/1");
    assertThat(export.report().skipped().get(0).reason()).contains("no URL", "--base-url");
  }

  @Test
  void anExtensionStatusWithoutAKeptRatingIsSkippedAndReported() {
    Export export = new ClaimReviewExporter("https://example.org/").export(document);

    assertThat(export.report().skipped()).singleElement().satisfies(skip -> {
      assertThat(skip.item()).isEqualTo("/claims/1/assessments/1");
      assertThat(skip.reason()).contains("x-pending-review");
    });
  }

  @Test
  void aNumberIsWrittenOnlyOnTheProbabilityScaleTheAssessmentStates() {
    JsonNode reviews = TestDocuments.tree(new ClaimReviewExporter("https://example.org/").export(document).json());

    assertThat(reviews.get(0).get("reviewRating").has("ratingValue")).isFalse();
    assertThat(reviews.get(0).get("reviewRating").has("bestRating")).isFalse();
    JsonNode refuted = reviews.get(1).get("reviewRating");
    assertThat(refuted.get("ratingValue").asDouble()).isEqualTo(0.1);
    assertThat(refuted.get("worstRating").asInt()).isZero();
    assertThat(refuted.get("bestRating").asInt()).isEqualTo(1);
  }

  @Test
  void authorIsTheAssessorAndDatePublishedKeepsItsPrecision() {
    JsonNode reviews = TestDocuments.tree(new ClaimReviewExporter("https://example.org/").export(document).json());

    assertThat(reviews.get(0).get("author").get("@type").asText()).isEqualTo("Organization");
    assertThat(reviews.get(0).get("author").get("name").asText()).isEqualTo("Fact Desk");
    assertThat(reviews.get(0).get("datePublished").asText()).isEqualTo("2024-01");
    assertThat(reviews.get(1).get("datePublished").asText()).isEqualTo("2024-02-01");
  }

  @Test
  void whatTheDocumentDoesNotStateIsNotWritten() {
    JsonNode denied = TestDocuments.tree(new ClaimReviewExporter("https://example.org/").export(document).json()).get(2);

    assertThat(denied.has("datePublished")).isFalse();
    // The assessor is an unnamed actor: "U.S. officials" is a description, not a name.
    assertThat(denied.has("author")).isFalse();
    assertThat(denied.get("itemReviewed").has("appearance")).isFalse();
    assertThat(denied.get("itemReviewed").has("datePublished")).isFalse();
  }

  @Test
  void itemReviewedIsAClaimByTheClaimantOfItsOriginWithItsAppearances() {
    JsonNode item = TestDocuments.tree(new ClaimReviewExporter("https://example.org/").export(document).json()).get(0)
        .get("itemReviewed");

    assertThat(item.get("@type").asText()).isEqualTo("Claim");
    assertThat(item.get("author").get("@type").asText()).isEqualTo("Person");
    assertThat(item.get("author").get("name").asText()).isEqualTo("John Kirby");
    assertThat(item.get("author").get("sameAs").asText()).isEqualTo("https://www.wikidata.org/wiki/Q6247452");
    assertThat(item.get("appearance")).singleElement()
        .satisfies(work -> assertThat(work.get("url").asText()).isEqualTo("https://example.org/briefing"));
    assertThat(item.get("firstAppearance").get("url").asText()).isEqualTo("https://example.org/briefing");
  }

  @Test
  void firstAppearanceIsLeftOutWhenTheDatesDoNotSettleWhichCameFirst() {
    Claim shipped = document.findClaim("shipped").orElseThrow();
    ClaimDocument twoUndated = document.withSources(document.getSources().stream()
        .map(source -> source.getId().equals("article") ? source.withUrl("https://example.org/article") : source)
        .toList());

    JsonNode item = TestDocuments.tree(new ClaimReviewExporter().export(twoUndated).json()).get(0).get("itemReviewed");

    assertThat(shipped.getAttributions()).hasSize(2);
    assertThat(item.get("appearance")).hasSize(2);
    assertThat(item.has("firstAppearance")).isFalse();
  }

  @Test
  void anUnmappedRatingKeptOnImportIsExportedVerbatim() {
    ClaimDocument imported = new ClaimReviewImporter().read("""
        {"@type": "ClaimReview", "url": "https://checks.example/1", "claimReviewed": "The sky is green.",
         "reviewRating": {"@type": "Rating", "alternateName": "Cherry-picked \uD83C\uDF52", "ratingValue": "2"}}
        """);

    JsonNode rating = TestDocuments.tree(new ClaimReviewExporter().export(imported).json()).get(0).get("reviewRating");

    assertThat(rating.get("alternateName").asText()).isEqualTo("Cherry-picked \uD83C\uDF52");
    assertThat(rating.get("ratingValue").asText()).isEqualTo("2");
  }

  @Test
  void exportingTwiceGivesIdenticalBytes() {
    ClaimReviewExporter exporter = new ClaimReviewExporter("https://example.org/");

    assertThat(exporter.export(TestDocuments.document()).json()).isEqualTo(exporter.export(document).json());
  }

  @Test
  void theLossReportCountsAndNamesEachSkip() {
    Export export = new ClaimReviewExporter().export(document.withClaims(List.of(document.getClaims().get(1)
        .withAssessments(VerificationAssessment.builder().status(VerificationStatus.UNVERIFIED)
            .rationale("Not checked.").build()))));

    assertThat(export.report().lines()).containsExactly("ClaimReview: 0 exported, 1 skipped",
        "  skipped /claims/0/assessments/0: " + export.report().skipped().get(0).reason());
  }
}
