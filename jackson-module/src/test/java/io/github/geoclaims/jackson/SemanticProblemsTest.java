package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.validation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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

  /**
   * Text and bytes are read once without recording locations and read again only to place violations; streams and
   * readers record locations while they read. Every kind of input reports the same problems at the same places.
   */
  @Test
  void everyKindOfInputPlacesViolationsAlike() {
    String text = Problems.sample()
        .replace("\"name\": \"Russia\"", "\"name\": \"Russia\", \"colour\": \"red\", \"aliases\": [\"ok\", \" \"]")
        .replace("\"stance\": \"asserts\"", "\"stance\": \"shrugs\"")
        .replace("\"id\": \"sample\"", "\"id\": \"not an id\"");
    GeoClaimsJson json = GeoClaimsJson.standard();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<JsonProblem> fromText = json.readLenient(text).problems();
    assertThat(fromText).extracting(JsonProblem::code).containsExactlyInAnyOrder("json.unknown-property",
        "identifier.malformed", "value.blank", "term.unknown", "extension.name-malformed");
    assertThat(fromText).allSatisfy(p -> assertThat(p.line()).isPositive());
    assertThat(json.readLenient(bytes).problems()).isEqualTo(fromText);
    assertThat(json.readLenient(new ByteArrayInputStream(bytes)).problems()).isEqualTo(fromText);
    assertThat(json.readLenient(new StringReader(text)).problems()).isEqualTo(fromText);
    List<JsonProblem> strict = strictProblems(() -> json.read(text));
    assertThat(strict).extracting(JsonProblem::code).containsExactlyInAnyOrder("json.unknown-property",
        "identifier.malformed", "value.blank", "term.unknown");
    assertThat(strictProblems(() -> json.read(bytes))).isEqualTo(strict);
    assertThat(strictProblems(() -> json.read(new ByteArrayInputStream(bytes)))).isEqualTo(strict);
    assertThat(strictProblems(() -> json.read(new StringReader(text)))).isEqualTo(strict);
  }

  private static List<JsonProblem> strictProblems(Runnable read) {
    try {
      read.run();
    } catch (GeoClaimsJsonException e) {
      return e.getProblems();
    }
    throw new AssertionError("the read did not fail");
  }

  @Test
  void validationCanBeTurnedOff() {
    String text = Problems.sample().replace("\"stance\": \"asserts\"", "\"stance\": \"shrugs\"");
    GeoClaimsJson unchecked = GeoClaimsJson.builder().validate(false).build();
    assertThat(unchecked.read(text).getClaims().get(0).getAttributions().get(0).getStance().value())
        .isEqualTo("shrugs");
  }
}
