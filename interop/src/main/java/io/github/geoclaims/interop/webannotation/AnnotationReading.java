package io.github.geoclaims.interop.webannotation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.geoclaims.interop.internal.JsonInput;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TextAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one annotation against a document: which attribution it anchors, and the anchor its selectors give. Each
 * problem goes to the input once, at the pointer of the value at fault.
 */
final class AnnotationReading {

  /** An attribution and the anchor read for it. */
  record Anchored(String attributionId, TextAnchor anchor) {}

  private final ClaimDocument document;
  private final JsonInput input;
  private final JsonNode annotation;
  private final String pointer;

  AnnotationReading(ClaimDocument document, JsonInput input, JsonNode annotation, String pointer) {
    this.document = document;
    this.input = input;
    this.annotation = annotation;
    this.pointer = pointer;
  }

  Optional<Anchored> read() {
    if (!annotation.isObject()) {
      input.typeProblem(pointer, "an Annotation object", annotation);
      return Optional.empty();
    }
    JsonNode target = annotation.get("target");
    String targetPointer = pointer + "/target";
    if (target == null || !target.isObject()) {
      if (target == null) {
        input.add(targetPointer, "json.required", "Expected a 'target' with a source and selectors at "
            + targetPointer);
      } else {
        input.typeProblem(targetPointer, "an object with a source and selectors", target);
      }
      return Optional.empty();
    }
    Optional<Source> source = input.requiredString(target, "source", targetPointer, "(the annotated source)")
        .flatMap(iri -> {
          Optional<Source> found = WebAnnotationImporter.sourceOf(document, iri);
          if (found.isEmpty()) {
            input.add(targetPointer + "/source", "reference.unresolved", "Expected the URL or URN of a source of"
                + " document '" + document.getId() + "' but '" + iri + "' names none at " + targetPointer + "/source");
          }
          return found;
        });
    Optional<Selectors> selectors = selectors(target.get("selector"), targetPointer + "/selector");
    if (source.isEmpty() || selectors.isEmpty()) {
      return Optional.empty();
    }
    Optional<Attribution> attribution = attribution(source.get());
    Optional<TextAnchor> anchor = selectors.get().anchor(source.get().getText(), input,
        targetPointer + "/selector");
    return attribution.isPresent() && anchor.isPresent()
        ? Optional.of(new Anchored(attribution.get().getId(), anchor.get()))
        : Optional.empty();
  }

  private Optional<Selectors> selectors(JsonNode selector, String at) {
    if (selector == null) {
      input.add(at, "json.required", "Expected a TextPositionSelector or a TextQuoteSelector at " + at);
      return Optional.empty();
    }
    List<JsonNode> list = selector.isArray() ? elements(selector) : List.of(selector);
    JsonNode quote = null;
    JsonNode position = null;
    String quotePointer = at;
    String positionPointer = at;
    for (int i = 0; i < list.size(); i++) {
      String type = list.get(i).path("type").asText("");
      String pointer = selector.isArray() ? at + "/" + i : at;
      if (type.equals("TextQuoteSelector")) {
        quote = list.get(i);
        quotePointer = pointer;
      } else if (type.equals("TextPositionSelector")) {
        position = list.get(i);
        positionPointer = pointer;
      }
    }
    if (quote == null && position == null) {
      input.add(at, "json.required", "Expected a TextPositionSelector or a TextQuoteSelector at " + at);
      return Optional.empty();
    }
    return Selectors.read(quote, quotePointer, position, positionPointer, input);
  }

  private static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  /** The attribution the annotation's id names, else the claim's one attribution in the source. */
  private Optional<Attribution> attribution(Source source) {
    Optional<String> named = input.string(annotation, "id", pointer)
        .flatMap(iri -> AnnotationIris.attributionOf(document.getId(), iri));
    if (named.isPresent()) {
      Optional<Attribution> found = document.getClaims().stream()
          .flatMap(claim -> claim.findAttribution(named.get()).stream())
          .findFirst();
      if (found.isEmpty()) {
        input.add(pointer + "/id", "reference.unresolved", "Expected an attribution of document '"
            + document.getId() + "' but '" + named.get() + "' is none at " + pointer + "/id");
      }
      return found;
    }
    Optional<Claim> claim = describedClaim();
    List<Attribution> inSource = claim.map(found -> found.getAttributions().stream()
        .filter(attribution -> attribution.getSource().equals(source.getId()))
        .toList()).orElse(List.of());
    if (inSource.size() != 1) {
      input.add(pointer, "reference.unresolved", "Expected the annotation to name an attribution (by its id) or a"
          + " claim with exactly one attribution in source '" + source.getId() + "' (by a describing body), but "
          + (claim.isEmpty() ? "it names no claim of the document" : "that claim has " + inSource.size())
          + " at " + pointer);
      return Optional.empty();
    }
    return Optional.of(inSource.get(0));
  }

  /** The claim the describing body names, by its IRI or by its proposition. */
  private Optional<Claim> describedClaim() {
    JsonNode body = annotation.path("body");
    for (JsonNode one : body.isArray() ? elements(body) : List.of(body)) {
      if (!one.path("purpose").asText("").equals("describing")) {
        continue;
      }
      Optional<Claim> claim = AnnotationIris.claimOf(document.getId(), one.path("id").asText(""))
          .flatMap(document::findClaim)
          .or(() -> document.getClaims().stream()
              .filter(candidate -> candidate.getProposition().equals(one.path("value").asText(null)))
              .findFirst());
      if (claim.isPresent()) {
        return claim;
      }
    }
    return Optional.empty();
  }
}
