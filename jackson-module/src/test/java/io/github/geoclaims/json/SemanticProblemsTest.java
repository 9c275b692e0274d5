package io.github.geoclaims.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.validation.ViolationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticProblemsTest {

  @Test
  void aQuoteMismatchIsReportedAtThePointerOfTheExactText() {
    String text = Problems.sample().replace("\"exact\": \"The White House said\"", "\"exact\": \"The Black House said\"");
    List<JsonProblem> problems = Problems.of(text);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("anchor.text-mismatch");
      assertThat(p.violationCode()).contains(ViolationCode.ANCHOR_TEXT_MISMATCH);
      assertThat(p.isStructural()).isFalse();
      assertThat(p.pointer()).isEqualTo("/claims/0/attributions/0/quote/exact");
      int[] at = Problems.locate(text, "\"The Black House said\"");
      assertThat(p.line()).isEqualTo(at[0]);
      assertThat(p.column()).isEqualTo(at[1]);
      assertThat(p.message()).endsWith("at /claims/0/attributions/0/quote/exact");
    });
  }

  @Test
  void violationsInListElementsMapToTheElementsPointer() {
    String text = Problems.sample().replace("\"name\": \"Russia\"", "\"name\": \"Russia\", \"aliases\": [\"ok\", \" \"]");
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("value.blank");
      assertThat(p.pointer()).isEqualTo("/actors/2/aliases/1");
      assertThat(p.line()).isEqualTo(Problems.locate(text, "\" \"]")[0]);
    });
  }

  @Test
  void manySemanticProblemsAreReportedTogether() {
    String text = Problems.sample()
        .replace("\"stance\": \"asserts\"", "\"stance\": \"shrugs\"")
        .replace("\"claimant\": \"white-house\"", "\"claimant\": \"nobody\"")
        .replace("\"id\": \"sample\"", "\"id\": \"not an id\"");
    assertThat(Problems.of(text)).extracting(JsonProblem::code, JsonProblem::pointer).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("identifier.malformed", "/id"),
        org.assertj.core.groups.Tuple.tuple("reference.unresolved", "/claims/0/attributions/0/claimant"),
        org.assertj.core.groups.Tuple.tuple("term.unknown", "/claims/0/attributions/0/stance"));
  }

  @Test
  void structuralAndSemanticProblemsAreReportedTogether() {
    String text = Problems.sample()
        .replace("\"name\": \"Russia\"", "\"name\": \"Russia\", \"colour\": \"red\"")
        .replace("\"stance\": \"asserts\"", "\"stance\": \"shrugs\"");
    assertThat(Problems.of(text)).extracting(JsonProblem::code)
        .containsExactly("json.unknown-property", "term.unknown");
  }

  @Test
  void validationCanBeTurnedOff() {
    String text = Problems.sample().replace("\"stance\": \"asserts\"", "\"stance\": \"shrugs\"");
    GeoClaimsJson unchecked = GeoClaimsJson.builder().validate(false).build();
    assertThat(unchecked.read(text).getClaims().get(0).getAttributions().get(0).getStance().value())
        .isEqualTo("shrugs");
  }
}
