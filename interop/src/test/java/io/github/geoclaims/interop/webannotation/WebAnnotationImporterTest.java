package io.github.geoclaims.interop.webannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.geoclaims.interop.TestDocuments;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WebAnnotationImporterTest {

  private final ClaimDocument document = TestDocuments.document();
  private final ClaimDocument unquoted = withoutQuotes(document);
  private final WebAnnotationImporter importer = new WebAnnotationImporter();

  @Test
  void exportedAnnotationsComeBackAsTheSameAnchors() {
    String annotations = new WebAnnotationExporter().export(document).json();

    ClaimDocument anchored = importer.read(annotations, unquoted);

    assertThat(GeoClaimsValidator.shared().validate(anchored)).isEmpty();
    assertThat(quote(anchored, "a-kirby")).satisfies(anchor -> {
      TextAnchor original = quote(document, "a-kirby");
      assertThat(anchor.getExact()).isEqualTo(original.getExact());
      assertThat(anchor.getStart()).isEqualTo(original.getStart());
      assertThat(anchor.getEnd()).isEqualTo(original.getEnd());
    });
    assertThat(anchored.findClaim("denied").orElseThrow().findAttribution("a-moscow").orElseThrow().getQuote())
        .isPresent();
  }

  @Test
  void aQuoteAloneIsFoundInTheTextAndGetsCodePointOffsets() {
    ClaimDocument anchored = importer.read(annotation("a-kirby",
        "{\"type\": \"TextQuoteSelector\", \"exact\": \"North Korea shipped containers to Russia\"}"), unquoted);

    assertThat(quote(anchored, "a-kirby").getStart()).isEqualTo(34);
    assertThat(quote(anchored, "a-kirby").getEnd()).isEqualTo(74);
  }

  @Test
  void aPositionAloneTakesItsWordsFromTheText() {
    ClaimDocument anchored = importer.read(annotation("a-kirby",
        "{\"type\": \"TextPositionSelector\", \"start\": 76, \"end\": 92}"), unquoted);

    assertThat(quote(anchored, "a-kirby").getExact()).isEqualTo("Moscow denied it");
  }

  @Test
  void anAnnotationFromAnotherToolIsMatchedByTheClaimItDescribes() {
    String foreign = """
        {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://annotations.example/1", "type": "Annotation",
         "body": {"type": "TextualBody", "purpose": "describing",
                  "value": "North Korea shipped containers to Russia."},
         "target": {"source": "urn:geoclaims:interop-test:source:article",
                    "selector": {"type": "TextQuoteSelector", "exact": "North Korea shipped containers to Russia",
                                 "prefix": "said that "}}}
        """;

    ClaimDocument anchored = importer.read(foreign, unquoted);

    assertThat(quote(anchored, "a-kirby").getPrefix()).contains("said that ");
  }

  @Test
  void anAnchorThatDoesNotMatchTheTextBreaksTheValidationRuleAtItsSelector() {
    JsonProblem problem = onlyProblem(annotation("a-kirby", """
        [{"type": "TextQuoteSelector", "exact": "South Korea shipped containers to Russia"},
         {"type": "TextPositionSelector", "start": 34, "end": 74}]"""));

    assertThat(problem.code()).isEqualTo("anchor.text-mismatch");
    assertThat(problem.pointer()).isEqualTo("/0/target/selector");
  }

  @Test
  void anAnchorIsCheckedByExactlyTheRulesOfValidation() {
    TextAnchor wrong = TextAnchor.builder().exact("North Korea shipped containers to Russia").start(34).end(80).build();
    List<String> validatorCodes = GeoClaimsValidator.shared().validate(withQuote(unquoted, "a-kirby", wrong)).stream()
        .map(violation -> violation.code().code()).toList();

    GeoClaimsJsonException exception = catchThrowableOfType(GeoClaimsJsonException.class, () -> importer.read(
        annotation("a-kirby", """
            [{"type": "TextQuoteSelector", "exact": "North Korea shipped containers to Russia"},
             {"type": "TextPositionSelector", "start": 34, "end": 80}]"""), unquoted));

    assertThat(validatorCodes).contains("anchor.length-mismatch");
    assertThat(exception.getProblems()).extracting(JsonProblem::code).containsExactlyElementsOf(validatorCodes);
    assertThat(exception.getProblems()).allSatisfy(problem ->
        assertThat(problem.pointer()).isEqualTo("/0/target/selector"));
  }

  @Test
  void aPositionAloneOutsideTheTextOrReversedIsOneProblemWithTheAnchorRulesCode() {
    assertThat(onlyProblem(annotation("a-kirby", "{\"type\": \"TextPositionSelector\", \"start\": 90, \"end\": 120}")))
        .satisfies(problem -> {
          assertThat(problem.code()).isEqualTo("anchor.out-of-range");
          assertThat(problem.pointer()).isEqualTo("/0/target/selector/end");
        });
    assertThat(onlyProblem(annotation("a-kirby", "{\"type\": \"TextPositionSelector\", \"start\": 9, \"end\": 9}"))
        .code()).isEqualTo("anchor.range-invalid");
  }

  @Test
  void aQuoteNotInTheTextIsOneMismatchProblem() {
    JsonProblem problem = onlyProblem(annotation("a-kirby",
        "{\"type\": \"TextQuoteSelector\", \"exact\": \"Pyongyang\"}"));

    assertThat(problem.code()).isEqualTo("anchor.text-mismatch");
    assertThat(problem.pointer()).isEqualTo("/0/target/selector/exact");
  }

  @Test
  void aTargetSourceNotInTheDocumentIsAnUnresolvedReference() {
    JsonProblem problem = onlyProblem(annotation("a-kirby",
        "{\"type\": \"TextPositionSelector\", \"start\": 0, \"end\": 1}").replace(
        "urn:geoclaims:interop-test:source:article", "https://elsewhere.example/"));

    assertThat(problem.code()).isEqualTo("reference.unresolved");
    assertThat(problem.pointer()).isEqualTo("/0/target/source");
  }

  @Test
  void anAnnotationThatNamesNoAttributionIsAnUnresolvedReference() {
    JsonProblem problem = onlyProblem(annotation("a-nobody",
        "{\"type\": \"TextPositionSelector\", \"start\": 0, \"end\": 1}"));

    assertThat(problem.code()).isEqualTo("reference.unresolved");
    assertThat(problem.pointer()).isEqualTo("/0/id");
  }

  @Test
  void anOffsetOfTheWrongTypeIsOneTypeProblem() {
    JsonProblem problem = onlyProblem(annotation("a-kirby",
        "{\"type\": \"TextPositionSelector\", \"start\": \"34\", \"end\": 74}"));

    assertThat(problem.code()).isEqualTo("json.type");
    assertThat(problem.pointer()).isEqualTo("/0/target/selector/start");
  }

  private JsonProblem onlyProblem(String json) {
    GeoClaimsJsonException exception = catchThrowableOfType(GeoClaimsJsonException.class,
        () -> importer.read(json, unquoted));
    assertThat(exception).as("the annotations are rejected").isNotNull();
    assertThat(exception.getProblems()).hasSize(1);
    return exception.getProblems().get(0);
  }

  private static String annotation(String attributionId, String selector) {
    return """
        [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:geoclaims:interop-test:attribution:%s",
          "type": "Annotation",
          "target": {"source": "urn:geoclaims:interop-test:source:article", "selector": %s}}]
        """.formatted(attributionId, selector);
  }

  private static TextAnchor quote(ClaimDocument document, String attributionId) {
    return document.getClaims().stream().flatMap(claim -> claim.findAttribution(attributionId).stream())
        .findFirst().orElseThrow().getQuote().orElseThrow();
  }

  private static ClaimDocument withoutQuotes(ClaimDocument document) {
    return withQuotes(document, attribution -> Optional.empty());
  }

  private static ClaimDocument withQuote(ClaimDocument document, String attributionId, TextAnchor quote) {
    return withQuotes(document, attribution -> attribution.getId().equals(attributionId)
        ? Optional.of(quote)
        : attribution.getQuote());
  }

  private static ClaimDocument withQuotes(ClaimDocument document,
      Function<Attribution, Optional<TextAnchor>> quotes) {
    List<Claim> claims = new ArrayList<>();
    for (Claim claim : document.getClaims()) {
      List<Attribution> attributions = new ArrayList<>();
      claim.getAttributions().forEach(attribution -> attributions.add(attribution.withQuote(quotes.apply(attribution))));
      claims.add(claim.withAttributions(attributions));
    }
    return document.withClaims(claims);
  }
}
