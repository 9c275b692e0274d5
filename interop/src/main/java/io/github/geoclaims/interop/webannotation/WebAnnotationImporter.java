package io.github.geoclaims.interop.webannotation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.geoclaims.interop.internal.JsonInput;
import io.github.geoclaims.interop.internal.JsonText;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns W3C Web Annotations on the sources of a known document back into the quotes of its attributions, and
 * checks them by the same rules as validation ({@code anchor.*} codes, at the annotation's selector).
 *
 * <p>The input is one {@code Annotation}, an array of them, or a page or collection with {@code items}. Each
 * annotation's {@code target.source} names a source of the document, by URL or by the URN an export gives. The
 * attribution it anchors is the one its {@code id} names (as an export writes it), else the one attribution, in
 * that source, of the claim its {@code describing} body names (by the claim IRI as {@code id}, or by the
 * proposition as {@code value}). The anchor is the {@code TextPositionSelector}'s {@code start} and {@code end} with
 * the {@code TextQuoteSelector}'s {@code exact}, {@code prefix} and {@code suffix}; with only one of the two, the
 * other half is taken from the source's stored text (a quote alone is found at its first occurrence with the stated
 * prefix and suffix).
 *
 * <pre>{@code
 * ClaimDocument anchored = new WebAnnotationImporter().read(annotationsJson, document);
 * }</pre>
 */
public final class WebAnnotationImporter {

  /** Creates an importer. */
  public WebAnnotationImporter() {}

  /**
   * Reads annotations onto a document.
   *
   * @param json the annotations, as JSON-LD text
   * @param document the document whose sources the annotations target
   * @return the document with each annotated attribution's quote set from its annotation, valid
   * @throws GeoClaimsJsonException with every problem, each at the JSON Pointer of the annotation value at fault,
   *     if the input is not JSON, an annotation names nothing in the document, or an anchor breaks a rule
   */
  public ClaimDocument read(String json, ClaimDocument document) {
    JsonNode root = JsonText.read(json);
    JsonInput input = new JsonInput();
    Map<String, TextAnchor> quotes = new LinkedHashMap<>();
    Map<String, String> pointers = new LinkedHashMap<>();
    for (Located annotation : annotations(root, input)) {
      new AnnotationReading(document, input, annotation.node(), annotation.pointer()).read()
          .ifPresent(anchored -> {
            quotes.put(anchored.attributionId(), anchored.anchor());
            pointers.put(anchored.attributionId(), annotation.pointer() + "/target/selector");
          });
    }
    input.throwIfProblems();
    ClaimDocument anchored = withQuotes(document, quotes);
    input.addAll(GeoClaimsValidator.shared().validate(anchored), origins(anchored, pointers));
    input.throwIfProblems();
    return anchored;
  }

  /** An annotation node and its JSON Pointer. */
  private record Located(JsonNode node, String pointer) {}

  private static List<Located> annotations(JsonNode root, JsonInput input) {
    List<Located> annotations = new ArrayList<>();
    JsonNode items = root;
    String pointer = "";
    if (root.isObject() && root.has("items")) {
      items = root.get("items");
      pointer = "/items";
    }
    if (items.isObject()) {
      annotations.add(new Located(items, pointer));
    } else if (items.isArray()) {
      for (int i = 0; i < items.size(); i++) {
        annotations.add(new Located(items.get(i), pointer + "/" + i));
      }
    } else {
      input.typeProblem(pointer, "an Annotation, an array of them or a page with 'items'", items);
    }
    if (annotations.isEmpty() && !input.hasProblems()) {
      input.add(pointer, "json.required", "Expected at least one Annotation at " + (pointer.isEmpty()
          ? "the top level" : pointer));
    }
    return annotations;
  }

  private static ClaimDocument withQuotes(ClaimDocument document, Map<String, TextAnchor> quotes) {
    List<Claim> claims = new ArrayList<>();
    for (Claim claim : document.getClaims()) {
      List<Attribution> attributions = new ArrayList<>();
      for (Attribution attribution : claim.getAttributions()) {
        TextAnchor quote = quotes.get(attribution.getId());
        attributions.add(quote == null ? attribution : attribution.withQuote(quote));
      }
      claims.add(claim.withAttributions(attributions));
    }
    return document.withClaims(claims);
  }

  /** The selector pointer of each annotated attribution's quote, by the quote's pointer in the document. */
  private static Map<String, String> origins(ClaimDocument document, Map<String, String> pointers) {
    Map<String, String> origins = new LinkedHashMap<>();
    List<Claim> claims = document.getClaims();
    for (int c = 0; c < claims.size(); c++) {
      List<Attribution> attributions = claims.get(c).getAttributions();
      for (int a = 0; a < attributions.size(); a++) {
        String pointer = pointers.get(attributions.get(a).getId());
        if (pointer != null) {
          origins.put("/claims/" + c + "/attributions/" + a + "/quote", pointer);
        }
      }
    }
    return origins;
  }

  /** Returns the source a target IRI names: by URL, or by the URN an export gives. */
  static Optional<Source> sourceOf(ClaimDocument document, String iri) {
    return document.getSources().stream()
        .filter(source -> AnnotationIris.source(document.getId(), source).equals(iri)
            || source.getUrl().filter(iri::equals).isPresent())
        .findFirst();
  }
}
