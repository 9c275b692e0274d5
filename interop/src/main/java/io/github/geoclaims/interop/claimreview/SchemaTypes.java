package io.github.geoclaims.interop.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema.org types of a JSON-LD node: its {@code @type}, a string or an array of strings, each written as a
 * term ({@code ClaimReview}), a compact IRI ({@code schema:ClaimReview}) or a full IRI
 * ({@code https://schema.org/ClaimReview}, also over {@code http}).
 */
final class SchemaTypes {

  private SchemaTypes() {}

  /** Returns the node's type names without prefix or namespace, in order. */
  static List<String> of(JsonNode node) {
    JsonNode type = node.path("@type");
    List<String> names = new ArrayList<>();
    if (type.isTextual()) {
      names.add(local(type.asText()));
    } else if (type.isArray()) {
      type.forEach(element -> {
        if (element.isTextual()) {
          names.add(local(element.asText()));
        }
      });
    }
    return names;
  }

  /** Returns {@code true} if one of the node's types is {@code name}. */
  static boolean has(JsonNode node, String name) {
    return of(node).contains(name);
  }

  private static String local(String type) {
    for (String prefix : List.of("https://schema.org/", "http://schema.org/", "schema:")) {
      if (type.startsWith(prefix)) {
        return type.substring(prefix.length());
      }
    }
    return type;
  }
}
