package io.github.geoclaims.examples;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;

/**
 * Shows what an invalid document looks like to a program: every problem at once, each with where it is and a
 * stable code, first for JSON (a JSON Pointer, a line and a column) and then for an object built in Java (a
 * property path).
 */
public final class ValidationExample {

  /** A document with seven mistakes: a date, a country code, a reference, bounds, a stance, a quote, evidence. */
  static final String INVALID_JSON = """
      {
        "schemaVersion": "1.0",
        "id": "invalid-example",
        "actors": [
          {"id": "north-korea", "kind": "state", "name": "North Korea", "countryCode": "KPR"},
          {"id": "white-house", "kind": "government-body", "name": "White House"}
        ],
        "sources": [
          {"id": "article", "kind": "news-article", "publishedAt": "14 October 2023",
           "text": "The White House said North Korea shipped more than 1,000 containers to Russia."}
        ],
        "claims": [
          {
            "id": "shipped",
            "proposition": "North Korea shipped more than 1,000 containers to Russia.",
            "eventKind": "arms-transfer",
            "participants": [{"actor": "russia", "role": "recipient"}],
            "quantities": [{"unit": "containers", "minimum": 1000, "maximum": 10}],
            "attributions": [
              {"id": "a-white-house", "claimant": "white-house", "source": "article",
               "mode": "reported-speech", "stance": "refutes", "modality": "reported",
               "quote": {"exact": "The Kremlin said", "start": 0, "end": 16}}
            ],
            "assessments": [{"status": "confirmed", "rationale": "Everyone knows."}]
          }
        ]
      }
      """;

  private ValidationExample() {}

  public static void main(String[] args) {
    System.out.println("Reading an invalid JSON document:");
    try {
      GeoClaimsJson.standard().read(INVALID_JSON);
      System.out.println("  unexpectedly valid");
    } catch (GeoClaimsJsonException e) {
      for (JsonProblem problem : e.getProblems()) {
        System.out.printf("  %s (line %d, column %d) [%s]%n    %s%n", problem.pointer(), problem.line(),
            problem.column(), problem.code(), problem.message());
      }
    }

    System.out.println();
    System.out.println("Validating a claim built in Java:");
    Claim broken = Claim.builder()
        .id("North Korea shipped")                                   // not an identifier: has spaces
        .proposition(" ")                                            // blank
        .eventKind(EventKind.of("shipment"))                         // not standard, not an x- extension
        .addAttribution(Attribution.builder().id("a-1").claimant("white-house").source("article")
            .mode(AttributionMode.AUTHORIAL).stance(Stance.ASSERTS).modality(Modality.ASSERTED)
            .relayedFrom("a-1")                                      // relays itself: a cycle
            .build())
        .build();
    for (Violation violation : GeoClaimsValidator.shared().validate(broken)) {
      System.out.printf("  %s [%s]%n    %s%n", violation.pointer(), violation.code().code(), violation.message());
    }
  }
}
