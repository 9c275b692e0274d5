package io.github.geoclaims.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Documents written for these tests (no fixture is changed): a source whose text has characters outside the Basic
 * Multilingual Plane before its quotes, a second source with a URL and a date, assessments with and without dates,
 * confidence and Admiralty ratings, and relations within and across documents.
 */
public final class TestDocuments {

  /** The text of the quoted source: two emoji (two UTF-16 units each) and a mathematical letter come first. */
  public static final String TEXT = "\uD83C\uDDF0\uD83C\uDDF5 \uD835\uDD4F report: John Kirby said that North Korea"
      + " shipped containers to Russia. Moscow denied it.";

  /** A valid document with the shapes every format meets. */
  public static final String JSON = """
      {
        "schemaVersion": "1.1",
        "id": "interop-test",
        "actors": [
          {"id": "john-kirby", "kind": "person", "name": "John Kirby", "wikidataId": "Q6247452"},
          {"id": "russia", "kind": "state", "name": "Russia", "wikidataId": "Q159"},
          {"id": "north-korea", "kind": "state", "name": "North Korea"},
          {"id": "fact-desk", "kind": "media-outlet", "name": "Fact Desk"},
          {"id": "officials", "kind": "unnamed", "name": "U.S. officials"},
          {"id": "allies", "kind": "group", "name": "The allies", "members": ["russia"]}
        ],
        "sources": [
          {"id": "article", "kind": "news-article", "title": "Containers", "text": %s},
          {"id": "briefing", "kind": "press-briefing", "url": "https://example.org/briefing",
           "publishedAt": "2024-01-04"},
          {"id": "check", "kind": "analysis", "url": "https://factdesk.example/check", "publisher": "fact-desk",
           "publishedAt": "2024-02-01T10:00:00Z"},
          {"id": "images", "kind": "imagery", "description": "Images nobody cites"}
        ],
        "claims": [
          {
            "id": "shipped",
            "proposition": "North Korea shipped containers to Russia.",
            "eventKind": "arms-transfer",
            "participants": [{"actor": "north-korea", "role": "agent"}, {"actor": "russia", "role": "recipient"}],
            "attributions": [
              {"id": "a-kirby", "claimant": "john-kirby", "source": "article", "mode": "reported-speech",
               "stance": "asserts", "modality": "reported",
               "quote": {"exact": "North Korea shipped containers to Russia", "start": 34, "end": 74}},
              {"id": "a-briefing", "claimant": "john-kirby", "source": "briefing", "mode": "direct-quote",
               "stance": "asserts", "modality": "asserted", "statedAt": {"at": "2024-01-04"}}
            ],
            "assessments": [
              {"status": "unverified", "assessor": "fact-desk", "assessedAt": "2024-01",
               "rationale": "No public evidence yet."},
              {"status": "refuted", "assessor": "fact-desk", "assessedAt": "2024-02-01",
               "rationale": "Shipping records show no such voyage.", "confidence": 0.1,
               "evidence": [{"description": "Shipping records", "source": "check"}]}
            ]
          },
          {
            "id": "denied",
            "proposition": "Russia denied receiving containers from North Korea.",
            "eventKind": "statement",
            "attributions": [
              {"id": "a-moscow", "claimant": "russia", "source": "article", "mode": "reported-speech",
               "stance": "asserts", "modality": "reported",
               "quote": {"exact": "Moscow denied it", "start": 76, "end": 92}},
              {"id": "a-officials", "claimant": "officials", "source": "article", "mode": "anonymous-sourcing",
               "stance": "asserts", "modality": "alleged"}
            ],
            "assessments": [
              {"status": "confirmed", "assessor": "officials", "rationale": "The denial is on record.",
               "evidence": [{"description": "The article"}], "admiraltyRating": {"sourceReliability": "B",
               "informationCredibility": 2}},
              {"status": "x-pending-review", "rationale": "Awaiting a second reviewer."}
            ]
          }
        ],
        "relations": [
          {"from": "denied", "kind": "responds-to", "to": "shipped"},
          {"from": "denied", "kind": "same-proposition", "to": "elsewhere", "targetDocument": "other-document"}
        ]
      }
      """.formatted(quoted(TEXT));

  private TestDocuments() {}

  /** Returns the document, read and validated. */
  public static ClaimDocument document() {
    return GeoClaimsJson.standard().read(JSON);
  }

  /** Returns the JSON text as a tree, to inspect an export. */
  public static JsonNode tree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
