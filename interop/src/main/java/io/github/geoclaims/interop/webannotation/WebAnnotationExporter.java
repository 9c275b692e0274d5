package io.github.geoclaims.interop.webannotation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.geoclaims.interop.Export;
import io.github.geoclaims.interop.LossReport;
import io.github.geoclaims.interop.internal.JsonText;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TextAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one W3C Web Annotation per quoted attribution of a document, as a JSON array (Web Annotation Data Model,
 * W3C Recommendation 2017).
 *
 * <ul>
 *   <li>{@code id}: {@code urn:geoclaims:DOCUMENT:attribution:ID}; {@code type}: {@code Annotation}.
 *   <li>{@code body}: two {@code TextualBody}s, the claim's proposition ({@code purpose} {@code describing}, with the
 *       claim's IRI as {@code id}) and the stance token ({@code purpose} {@code tagging}).
 *   <li>{@code target}: the source's URL, else its URN, as {@code source}; as {@code selector}, a
 *       {@code TextQuoteSelector} ({@code exact}; {@code prefix} and {@code suffix} as the anchor has them, else up to
 *       {@value #CONTEXT} code points of the stored source text) and a {@code TextPositionSelector}
 *       ({@code start}, {@code end}: the anchor's code-point offsets, which the specification counts the same way).
 * </ul>
 *
 * <p>No {@code creator}: the creator of an annotation is who anchored the quote, which the model does not record
 * (the claimant spoke the words; they did not annotate them). An attribution without a quote is skipped.
 *
 * <pre>{@code
 * Export export = new WebAnnotationExporter().export(document);
 * }</pre>
 */
public final class WebAnnotationExporter {

  /** The name of the format in loss reports. */
  public static final String FORMAT = "Web Annotation";

  /** The JSON-LD context of the Web Annotation vocabulary. */
  public static final String CONTEXT_IRI = "http://www.w3.org/ns/anno.jsonld";

  /** How many code points of the source text a derived prefix or suffix holds at most. */
  static final int CONTEXT = 32;

  /** Creates an exporter. */
  public WebAnnotationExporter() {}

  /**
   * Exports every quoted attribution of the document.
   *
   * @param document a valid document
   * @return a JSON array of Annotations, and the loss report
   */
  public Export export(ClaimDocument document) {
    ArrayNode annotations = JsonText.array();
    List<LossReport.Skip> skipped = new ArrayList<>();
    List<Claim> claims = document.getClaims();
    for (int c = 0; c < claims.size(); c++) {
      Claim claim = claims.get(c);
      for (int a = 0; a < claim.getAttributions().size(); a++) {
        Attribution attribution = claim.getAttributions().get(a);
        Optional<Source> source = document.findSource(attribution.getSource());
        if (attribution.getQuote().isEmpty() || source.isEmpty()) {
          skipped.add(new LossReport.Skip("/claims/" + c + "/attributions/" + a,
              "no quote: the attribution anchors no words in its source"));
        } else {
          annotations.add(annotation(document.getId(), claim, attribution, source.get(),
              attribution.getQuote().get()));
        }
      }
    }
    return new Export(JsonText.write(annotations), new LossReport(FORMAT, annotations.size(), skipped));
  }

  private static ObjectNode annotation(String documentId, Claim claim, Attribution attribution, Source source,
      TextAnchor quote) {
    ObjectNode annotation = JsonText.object();
    annotation.put("@context", CONTEXT_IRI);
    annotation.put("id", AnnotationIris.annotation(documentId, attribution.getId()));
    annotation.put("type", "Annotation");
    ArrayNode body = annotation.putArray("body");
    body.addObject().put("id", AnnotationIris.claim(documentId, claim.getId())).put("type", "TextualBody")
        .put("purpose", "describing").put("value", claim.getProposition());
    body.addObject().put("type", "TextualBody").put("purpose", "tagging")
        .put("value", attribution.getStance().value());
    ObjectNode target = annotation.putObject("target");
    target.put("source", AnnotationIris.source(documentId, source));
    ArrayNode selectors = target.putArray("selector");
    ObjectNode textQuote = selectors.addObject().put("type", "TextQuoteSelector").put("exact", quote.getExact());
    quote.getPrefix().or(() -> source.getText().map(text -> before(text, quote.getStart())))
        .filter(prefix -> !prefix.isEmpty()).ifPresent(prefix -> textQuote.put("prefix", prefix));
    quote.getSuffix().or(() -> source.getText().map(text -> after(text, quote.getEnd())))
        .filter(suffix -> !suffix.isEmpty()).ifPresent(suffix -> textQuote.put("suffix", suffix));
    selectors.addObject().put("type", "TextPositionSelector").put("start", quote.getStart())
        .put("end", quote.getEnd());
    return annotation;
  }

  /** Up to {@value #CONTEXT} code points of the text just before the code-point offset {@code start}. */
  static String before(String text, int start) {
    int end = text.offsetByCodePoints(0, start);
    int from = text.offsetByCodePoints(end, -Math.min(CONTEXT, start));
    return text.substring(from, end);
  }

  /** Up to {@value #CONTEXT} code points of the text just after the code-point offset {@code end}. */
  static String after(String text, int end) {
    int from = text.offsetByCodePoints(0, end);
    int available = text.codePointCount(from, text.length());
    return text.substring(from, text.offsetByCodePoints(from, Math.min(CONTEXT, available)));
  }
}
