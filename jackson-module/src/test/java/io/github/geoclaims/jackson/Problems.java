package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import java.util.List;

/** Test helpers: the problems of a failed read, and where a piece of text stands. */
final class Problems {

  private Problems() {}

  static List<JsonProblem> of(String json) {
    return of(GeoClaimsJson.standard(), json);
  }

  static List<JsonProblem> of(GeoClaimsJson reader, String json) {
    GeoClaimsJsonException[] thrown = new GeoClaimsJsonException[1];
    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOfSatisfying(GeoClaimsJsonException.class, e -> thrown[0] = e);
    return thrown[0].getProblems();
  }

  /** Returns {line, column} (1-based) of the first occurrence of {@code needle}. */
  static int[] locate(String text, String needle) {
    int index = text.indexOf(needle);
    if (index < 0) {
      throw new IllegalArgumentException("not found: " + needle);
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  /** The canonical text of the small sample document. */
  static String sample() {
    return GeoClaimsJson.standard().write(TestDocuments.sample());
  }
}
