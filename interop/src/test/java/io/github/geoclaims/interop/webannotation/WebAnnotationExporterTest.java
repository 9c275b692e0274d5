package io.github.geoclaims.interop.webannotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.geoclaims.interop.Export;
import io.github.geoclaims.interop.TestDocuments;
import io.github.geoclaims.model.ClaimDocument;
import org.junit.jupiter.api.Test;

/** Rules cite the Web Annotation Data Model (W3C Recommendation, 23 February 2017). */
class WebAnnotationExporterTest {

  private final ClaimDocument document = TestDocuments.document();
  private final Export export = new WebAnnotationExporter().export(document);
  private final JsonNode annotations = TestDocuments.tree(export.json());

  @Test
  void oneAnnotationPerQuotedAttributionWithContextIdAndType() {
    // Section 3.1: @context, id and type "Annotation" are required.
    assertThat(annotations).hasSize(2).allSatisfy(annotation -> {
      assertThat(annotation.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
      assertThat(annotation.get("type").asText()).isEqualTo("Annotation");
    });
    assertThat(annotations.get(0).get("id").asText()).isEqualTo("urn:geoclaims:interop-test:attribution:a-kirby");
  }

  @Test
  void positionsCountCodePointsSoCharactersOutsideTheBmpBeforeTheQuoteCountOnce() {
    // Section 4.2.5: TextPositionSelector start and end count Unicode code points, from 0; end is exclusive.
    JsonNode position = selector(annotations.get(0), "TextPositionSelector");
    String exact = selector(annotations.get(0), "TextQuoteSelector").get("exact").asText();
    int start = position.get("start").asInt();
    int end = position.get("end").asInt();

    int[] codePoints = TestDocuments.TEXT.codePoints().toArray();
    assertThat(new String(codePoints, start, end - start)).isEqualTo(exact);
    assertThat(start).isEqualTo(34).isLessThan(TestDocuments.TEXT.indexOf(exact));
  }

  @Test
  void theQuoteSelectorHasExactAndPrefixAndSuffixFromTheStoredText() {
    // Section 4.2.4: TextQuoteSelector exact is required; prefix and suffix are the text just before and after.
    JsonNode quote = selector(annotations.get(0), "TextQuoteSelector");

    assertThat(quote.get("exact").asText()).isEqualTo("North Korea shipped containers to Russia");
    assertThat(quote.get("prefix").asText()).isEqualTo(" \uD835\uDD4F report: John Kirby said that ");
    assertThat(TestDocuments.TEXT).contains(quote.get("prefix").asText() + quote.get("exact").asText()
        + quote.get("suffix").asText());
    // The prefix is cut at CONTEXT code points; the suffix ends where the text does.
    assertThat(quote.get("prefix").asText().codePointCount(0, quote.get("prefix").asText().length()))
        .isEqualTo(WebAnnotationExporter.CONTEXT);
    assertThat(quote.get("suffix").asText()).isEqualTo(". Moscow denied it.");
  }

  @Test
  void aDerivedPrefixNeverSplitsACharacterOutsideTheBmp() {
    String prefix = WebAnnotationExporter.before(TestDocuments.TEXT, 3);

    assertThat(prefix).isEqualTo("\uD83C\uDDF0\uD83C\uDDF5 ");
    assertThat(WebAnnotationExporter.after(TestDocuments.TEXT, 1)).startsWith("\uD83C\uDDF5 \uD835\uDD4F");
  }

  @Test
  void theTargetSourceIsTheSourceUrlElseAStableUrn() {
    assertThat(annotations.get(0).get("target").get("source").asText())
        .isEqualTo("urn:geoclaims:interop-test:source:article");
    ClaimDocument withUrl = document.withSources(document.getSources().stream()
        .map(source -> source.getId().equals("article") ? source.withUrl("https://news.example/a") : source)
        .toList());

    assertThat(TestDocuments.tree(new WebAnnotationExporter().export(withUrl).json()).get(0).get("target")
        .get("source").asText()).isEqualTo("https://news.example/a");
  }

  @Test
  void theBodyIsTheClaimAndTheStance() {
    JsonNode body = annotations.get(1).get("body");

    assertThat(body.get(0).get("purpose").asText()).isEqualTo("describing");
    assertThat(body.get(0).get("value").asText()).isEqualTo("Russia denied receiving containers from North Korea.");
    assertThat(body.get(0).get("id").asText()).isEqualTo("urn:geoclaims:interop-test:claim:denied");
    assertThat(body.get(1).get("purpose").asText()).isEqualTo("tagging");
    assertThat(body.get(1).get("value").asText()).isEqualTo("asserts");
  }

  @Test
  void noCreatorIsInventedSinceTheModelDoesNotRecordWhoAnchoredAQuote() {
    assertThat(annotations).allSatisfy(annotation -> assertThat(annotation.has("creator")).isFalse());
  }

  @Test
  void attributionsWithoutAQuoteAreSkippedAndReported() {
    assertThat(export.report().exported()).isEqualTo(2);
    assertThat(export.report().skipped()).extracting(skip -> skip.item())
        .containsExactly("/claims/0/attributions/1", "/claims/1/attributions/1");
  }

  @Test
  void exportingTwiceGivesIdenticalBytes() {
    assertThat(new WebAnnotationExporter().export(TestDocuments.document()).json()).isEqualTo(export.json());
  }

  static JsonNode selector(JsonNode annotation, String type) {
    for (JsonNode selector : annotation.get("target").get("selector")) {
      if (selector.get("type").asText().equals(type)) {
        return selector;
      }
    }
    throw new AssertionError("no " + type + " in " + annotation);
  }
}
