package io.github.geoclaims.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extension properties: {@code x-} names with values that are one JSON value each, written as compact JSON text in
 * the form the JSON module writes it back (strings with their escapes, numbers as written, nested objects and
 * arrays), so that a generated document reads back equal after a write.
 */
final class ExtensionProperties {

  private static final List<String> NAMES = List.of("x-batch", "x-collector", "x-score", "x-run.id", "x-Tags_2",
      "x-paywall", "x-0");

  private final Choices choices;

  ExtensionProperties(Choices choices) {
    this.choices = choices;
  }

  /** Returns one or two extension properties, in insertion order. */
  Map<String, String> some() {
    Map<String, String> extensions = new LinkedHashMap<>();
    int count = choices.between(1, 2);
    while (extensions.size() < count) {
      extensions.put(choices.pick(NAMES), value());
    }
    return extensions;
  }

  private String value() {
    int number = choices.below(1_000);
    return switch (choices.below(10)) {
      case 0 -> "\"batch-" + number + "\"";
      case 1 -> Integer.toString(number - 500);
      case 2 -> number + ".50";
      case 3 -> choices.coin() ? "true" : "false";
      case 4 -> "null";
      case 5 -> "{\"seed\":" + number + ",\"ok\":true,\"tags\":[\"a\",null,1.50]}";
      case 6 -> "[1,[],{\"a\":\"\\u0001\\\"\\\\\\n\"}]";
      case 7 -> "\"Übersicht — ☃ 北朝鮮 \uD83D\uDE00\"";
      case 8 -> choices.coin() ? "{}" : "[]";
      default -> "\"\"";
    };
  }
}
