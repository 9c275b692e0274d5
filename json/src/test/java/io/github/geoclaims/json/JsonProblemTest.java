package io.github.geoclaims.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem shown as a line names its pointer once. */
class JsonProblemTest {

  @Test
  void toStringNamesThePointerOnceLeavingTheMessagesClosingPointerOut() {
    JsonProblem problem = new JsonProblem("/claims/0/id", 7, 13, "json.type",
        "Expected a string but was a number at /claims/0/id");

    assertThat(problem.detail()).isEqualTo("Expected a string but was a number");
    assertThat(problem.toString())
        .isEqualTo("/claims/0/id (line 7, column 13): Expected a string but was a number [json.type]");
    assertThat(problem.message()).isEqualTo("Expected a string but was a number at /claims/0/id");
  }

  @Test
  void detailDropsTheReadingSuffixAndTheTopLevelButKeepsAPointerNamedElsewhere() {
    assertThat(new JsonProblem("/actors", 1, 47, "json.syntax", "Unexpected end of input (reading /actors)").detail())
        .isEqualTo("Unexpected end of input");
    assertThat(new JsonProblem("", 1, 1, "json.required", "Missing 'id' at the top level").detail())
        .isEqualTo("Missing 'id'");
    assertThat(new JsonProblem("/actors/0", 1, 1, "json.unknown-property",
        "Unknown property 'x' of Actor at /actors/0, kept as an extension property").detail())
        .isEqualTo("Unknown property 'x' of Actor at /actors/0, kept as an extension property");
  }
}
