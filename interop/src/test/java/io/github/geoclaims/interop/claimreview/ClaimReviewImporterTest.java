package io.github.geoclaims.interop.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimePrecision;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every input here is written for this test, in the shapes fact-checkers publish. */
class ClaimReviewImporterTest {

  private static final String SINGLE = """
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checks.example/kirby-containers",
        "claimReviewed": "North Korea shipped containers to Russia.",
        "author": {"@type": "Organization", "name": "Fact Desk"},
        "datePublished": "2024-02-01",
        "reviewRating": {"@type": "Rating", "alternateName": "False", "ratingValue": 1, "bestRating": 5,
                         "worstRating": 1},
        "itemReviewed": {
          "@type": "Claim",
          "author": {"@type": "Person", "name": "John Kirby", "sameAs": "https://www.wikidata.org/wiki/Q6247452"},
          "datePublished": "2024-01-04",
          "appearance": [{"@type": "CreativeWork", "url": "https://example.org/briefing", "headline": "Briefing"}]
        }
      }
      """;

  private final ClaimReviewImporter importer = new ClaimReviewImporter();

  @Test
  void aSingleReviewBecomesAValidDocumentWithItsClaimVerdictClaimantAndDates() {
    ClaimDocument document = importer.read(SINGLE);

    assertThat(GeoClaimsValidator.shared().validate(document)).isEmpty();
    Claim claim = document.getClaims().get(0);
    assertThat(claim.getProposition()).isEqualTo("North Korea shipped containers to Russia.");
    VerificationAssessment assessment = claim.getAssessments().get(0);
    assertThat(assessment.getStatus()).isEqualTo(VerificationStatus.REFUTED);
    assertThat(assessment.getAssessedAt()).contains(TimePoint.parse("2024-02-01"));
    assertThat(document.findActor(assessment.getAssessor().orElseThrow()).orElseThrow().getName())
        .isEqualTo("Fact Desk");
    Attribution attribution = claim.getAttributions().get(0);
    assertThat(document.findActor(attribution.getClaimant()).orElseThrow().getWikidataId()).contains("Q6247452");
    assertThat(attribution.getStatedAt().orElseThrow().getAt()).contains(TimePoint.parse("2024-01-04"));
    assertThat(document.findSource(attribution.getSource()).orElseThrow().getUrl())
        .contains("https://example.org/briefing");
  }

  @Test
  void theRatingIsKeptVerbatimWithItsClaim() {
    Claim claim = importer.read(SINGLE).getClaims().get(0);

    assertThat(claim.getExtensions()).containsEntry(KeptRatings.EXTENSION,
        "[{\"@type\":\"Rating\",\"alternateName\":\"False\",\"ratingValue\":1,\"bestRating\":5,\"worstRating\":1}]");
  }

  @Test
  void whatTheReviewDoesNotStateStaysAbsent() {
    ClaimDocument document = importer.read("""
        {"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": {"alternateName": "True"}}
        """);

    VerificationAssessment assessment = document.getClaims().get(0).getAssessments().get(0);
    assertThat(assessment.getAssessor()).isEmpty();
    assertThat(assessment.getAssessedAt()).isEmpty();
    assertThat(assessment.getConfidence()).isEmpty();
    Source review = document.getSources().get(0);
    assertThat(review.getUrl()).isEmpty();
    assertThat(review.getTitle()).isEmpty();
    assertThat(review.getPublishedAt()).isEmpty();
    assertThat(document.getClaims().get(0).getAttributions().get(0).getStatedAt()).isEmpty();
  }

  @Test
  void aMissingUrlGivesAReviewSourceWithoutOneAndAValidDocument() {
    ClaimDocument document = importer.read(SINGLE.replace("\"url\": \"https://checks.example/kirby-containers\",", ""));

    assertThat(GeoClaimsValidator.shared().validate(document)).isEmpty();
    assertThat(document.getSources().get(0).getUrl()).isEmpty();
    assertThat(document.getSources().get(0).getKind()).isEqualTo(SourceKind.ANALYSIS);
  }

  @Test
  void anArrayOfReviewsIsRead() {
    ClaimDocument document = importer.read("[" + SINGLE + "," + SINGLE.replace("shipped containers",
        "shipped shells") + "]");

    assertThat(document.getClaims()).extracting(Claim::getProposition)
        .containsExactly("North Korea shipped containers to Russia.", "North Korea shipped shells to Russia.");
  }

  @Test
  void anAtGraphIsReadAndItsNodesOfOtherTypesAreIgnored() {
    ClaimDocument document = importer.read("""
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebPage", "name": "Fact checks"},
          %s,
          {"@type": ["schema:ClaimReview"], "claimReviewed": "Another claim.",
           "reviewRating": {"alternateName": "Mostly true"}},
          {"@type": "Organization", "name": "Fact Desk"}
        ]}
        """.formatted(SINGLE));

    assertThat(document.getClaims()).hasSize(2);
    assertThat(document.getClaims().get(1).getAssessments().get(0).getStatus())
        .isEqualTo(VerificationStatus.MISLEADING);
  }

  @Test
  void reviewsOfOneClaimByOneClaimantBecomeOneClaimWithAnAssessmentEach() {
    ClaimDocument document = importer.read("[" + SINGLE + "," + SINGLE.replace("\"False\"", "\"Unproven\"")
        .replace("2024-02-01", "2024-01") + "]");

    assertThat(document.getClaims()).singleElement().satisfies(claim -> {
      assertThat(claim.getAssessments()).extracting(VerificationAssessment::getStatus)
          .containsExactly(VerificationStatus.REFUTED, VerificationStatus.UNVERIFIED);
      assertThat(claim.getAttributions()).hasSize(1);
      assertThat(claim.getExtensions().get(KeptRatings.EXTENSION)).contains("\"False\"", "\"Unproven\"");
    });
  }

  @Test
  void aRatingValueAsANumberOrAStringWithoutAlternateNameGetsTheExtensionStatusAndIsKept() {
    for (String value : List.of("2", "\"2\"")) {
      ClaimDocument document = importer.read("""
          {"@type": "ClaimReview", "claimReviewed": "A claim.",
           "reviewRating": {"@type": "Rating", "ratingValue": %s, "bestRating": "5", "worstRating": "1"}}
          """.formatted(value));

      Claim claim = document.getClaims().get(0);
      assertThat(claim.getAssessments().get(0).getStatus()).isEqualTo(VerdictTable.UNMAPPED);
      assertThat(claim.getAssessments().get(0).getRationale()).isEqualTo("Rated 2 on a scale from 1 to 5");
      assertThat(claim.getExtensions().get(KeptRatings.EXTENSION)).contains("\"ratingValue\":" + value);
    }
  }

  @Test
  void itemReviewedAsACreativeWorkOrAMediaObjectIsWhereTheClaimAppears() {
    ClaimDocument document = importer.read("""
        [{"@type": "ClaimReview", "claimReviewed": "A video shows a convoy.", "reviewRating": {"alternateName": "False"},
          "itemReviewed": {"@type": "VideoObject", "contentUrl": "https://video.example/1",
                           "author": {"@type": "Person", "name": "A Poster"}, "datePublished": "2024-03"}},
         {"@type": "ClaimReview", "claimReviewed": "An article says so.", "reviewRating": {"alternateName": "True"},
          "itemReviewed": {"@type": "CreativeWork", "url": "https://news.example/1", "name": "The article"}}]
        """);

    Source video = source(document, 0);
    assertThat(video.getKind()).isEqualTo(SourceKind.IMAGERY);
    assertThat(video.getUrl()).contains("https://video.example/1");
    assertThat(video.getPublishedAt()).contains(TimePoint.parse("2024-03"));
    assertThat(video.getPublishedAt().orElseThrow().getPrecision()).isEqualTo(TimePrecision.MONTH);
    assertThat(document.findActor(document.getClaims().get(0).getAttributions().get(0).getClaimant()).orElseThrow()
        .getKind()).isEqualTo(ActorKind.PERSON);
    Source article = source(document, 1);
    assertThat(article.getKind()).isEqualTo(SourceKind.OTHER);
    assertThat(article.getTitle()).contains("The article");
  }

  @Test
  void withoutItemReviewedTheClaimIsAttributedToAnUnnamedClaimantInTheReview() {
    ClaimDocument document = importer.read("""
        {"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": {"alternateName": "False"},
         "url": "https://checks.example/2"}
        """);

    Attribution attribution = document.getClaims().get(0).getAttributions().get(0);
    assertThat(document.findActor(attribution.getClaimant()).orElseThrow().getKind()).isEqualTo(ActorKind.UNNAMED);
    assertThat(document.findSource(attribution.getSource()).orElseThrow().getUrl()).contains("https://checks.example/2");
    assertThat(attribution.getMode()).isEqualTo(ReviewAssembly.MODE);
  }

  @Test
  void authorsArePersonsOrOrganizations() {
    ClaimDocument document = importer.read(SINGLE.replace("\"@type\": \"Organization\", \"name\": \"Fact Desk\"",
        "\"@type\": \"NewsMediaOrganization\", \"name\": \"Fact Desk\""));

    assertThat(document.getActors()).extracting(actor -> actor.getKind())
        .containsExactly(ActorKind.MEDIA_OUTLET, ActorKind.PERSON);
  }

  @Test
  void aDateTimeWithoutOffsetKeepsOnlyItsStatedDay() {
    ClaimDocument document = importer.read(SINGLE.replace("\"2024-02-01\"", "\"2024-02-01T09:30:00\""));

    assertThat(document.getClaims().get(0).getAssessments().get(0).getAssessedAt())
        .contains(TimePoint.parse("2024-02-01"));
  }

  @Test
  void nonEnglishRatingsAndTextOutsideTheBmpAreKeptVerbatim() {
    String proposition = "La Corée du Nord a expédié des conteneurs \uD83D\uDEA2 vers la Russie.";
    ClaimDocument document = importer.read("""
        {"@type": "ClaimReview", "claimReviewed": "%s", "inLanguage": "fr",
         "reviewRating": {"@type": "Rating", "alternateName": "Faux \uD83D\uDE45"},
         "reviewBody": "Aucun registre maritime ne le confirme \uD835\uDD4F."}
        """.formatted(proposition));

    Claim claim = document.getClaims().get(0);
    assertThat(claim.getProposition()).isEqualTo(proposition);
    assertThat(claim.getAssessments().get(0).getRationale()).isEqualTo("Aucun registre maritime ne le confirme \uD835\uDD4F.");
    assertThat(claim.getAssessments().get(0).getStatus()).isEqualTo(VerdictTable.UNMAPPED);
    assertThat(claim.getExtensions().get(KeptRatings.EXTENSION)).contains("Faux \uD83D\uDE45");
    assertThat(importer.read(SINGLE.replace("\"False\"", "\"Faux\"")).getClaims().get(0).getAssessments().get(0)
        .getStatus()).isEqualTo(VerificationStatus.REFUTED);
  }

  @Test
  void aVerdictRestsOnTheReviewAsEvidence() {
    VerificationAssessment assessment = importer.read(SINGLE).getClaims().get(0).getAssessments().get(0);

    assertThat(assessment.getEvidence()).singleElement().satisfies(evidence -> {
      assertThat(evidence.getDescription()).isEqualTo(ReviewAssembly.EVIDENCE);
      assertThat(evidence.getSource()).contains("source-1");
    });
  }

  @Test
  void inputThatIsNotJsonIsOneSyntaxProblemWithItsLine() {
    JsonProblem problem = onlyProblem("{\"@type\": \"ClaimReview\",\n \"claimReviewed\": }");

    assertThat(problem.code()).isEqualTo("json.syntax");
    assertThat(problem.line()).isEqualTo(2);
  }

  @Test
  void aRatingOfTheWrongTypeIsOneTypeProblemAtItsPointer() {
    JsonProblem problem = onlyProblem("[" + SINGLE.replaceFirst("\"reviewRating\": \\{[^}]*}",
        "\"reviewRating\": \"False\"") + "]");

    assertThat(problem.pointer()).isEqualTo("/0/reviewRating");
    assertThat(problem.code()).isEqualTo("json.type");
    assertThat(problem.message()).contains("Expected a Rating object but was a string");
  }

  @Test
  void aMissingClaimReviewedIsARequiredProblem() {
    JsonProblem problem = onlyProblem(SINGLE.replace("\"claimReviewed\"", "\"claimReview\""));

    assertThat(problem.pointer()).isEqualTo("/claimReviewed");
    assertThat(problem.code()).isEqualTo("json.required");
  }

  @Test
  void aRatingWithNeitherTextNorNumberIsARequiredProblem() {
    JsonProblem problem = onlyProblem("""
        {"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": {"@type": "Rating"}}
        """);

    assertThat(problem.pointer()).isEqualTo("/reviewRating/alternateName");
    assertThat(problem.code()).isEqualTo("json.required");
  }

  @Test
  void aNullTextualRatingWithoutNumberIsARequiredProblemRatherThanALostReview() {
    JsonProblem problem = onlyProblem("""
        {"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": {"alternateName": null}}
        """);

    assertThat(problem.pointer()).isEqualTo("/reviewRating/alternateName");
    assertThat(problem.code()).isEqualTo("json.required");
  }

  @Test
  void aTextualRatingOfTheWrongTypeIsOneTypeProblem() {
    JsonProblem problem = onlyProblem("""
        {"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": {"alternateName": 3}}
        """);

    assertThat(problem.pointer()).isEqualTo("/reviewRating/alternateName");
    assertThat(problem.code()).isEqualTo("json.type");
  }

  @Test
  void aDateThatIsNotIso8601IsATimeProblemAtItsPointer() {
    JsonProblem problem = onlyProblem(SINGLE.replace("\"2024-02-01\"", "\"1 February 2024\""));

    assertThat(problem.pointer()).isEqualTo("/datePublished");
    assertThat(problem.code()).isEqualTo("json.time");
  }

  @Test
  void aBrokenRuleOfTheModelIsReportedWithItsCodeAtTheInputThatCausedIt() {
    JsonProblem problem = onlyProblem(SINGLE.replace("https://example.org/briefing", "ftp://example.org/briefing"));

    assertThat(problem.code()).isEqualTo("url.invalid");
    assertThat(problem.pointer()).isEqualTo("/itemReviewed/appearance/0/url");
    assertThat(problem.message()).contains("(geoclaims /sources/1/url)");
  }

  @Test
  void aBrokenRuleOfTheReviewItselfIsReportedAtItsProperty() {
    JsonProblem problem = onlyProblem("""
        {"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": {"alternateName": "False"},
         "url": "ftp://checks.example/1"}
        """);

    assertThat(problem.code()).isEqualTo("url.invalid");
    assertThat(problem.pointer()).isEqualTo("/url");
    assertThat(problem.toString()).isEqualTo("/url: must be an absolute http(s) URL (geoclaims /sources/0/url) [url.invalid]");
  }

  @Test
  void anInputWithoutAnyReviewIsARequiredProblemAtTheTop() {
    JsonProblem problem = onlyProblem("{\"@graph\": [{\"@type\": \"WebPage\"}]}");

    assertThat(problem.pointer()).isEmpty();
    assertThat(problem.code()).isEqualTo("json.required");
  }

  private JsonProblem onlyProblem(String json) {
    GeoClaimsJsonException exception = catchThrowableOfType(GeoClaimsJsonException.class, () -> importer.read(json));
    assertThat(exception).as("the input is rejected").isNotNull();
    assertThat(exception.getProblems()).hasSize(1);
    return exception.getProblems().get(0);
  }

  private static Source source(ClaimDocument document, int claim) {
    return document.findSource(document.getClaims().get(claim).getAttributions().get(0).getSource()).orElseThrow();
  }
}
