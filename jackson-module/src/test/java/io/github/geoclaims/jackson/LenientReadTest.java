package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.ReadResult;
import io.github.geoclaims.model.ClaimDocument;
import org.junit.jupiter.api.Test;

class LenientReadTest {

  private final GeoClaimsJson json = GeoClaimsJson.standard();

  @Test
  void unknownPropertiesAreKeptAsExtensionsUnderTheirOwnNameAndReported() {
    String text = Problems.sample().replace("\"name\": \"Russia\"", "\"name\": \"Russia\", \"colour\": {\"r\": 1}");
    ReadResult<ClaimDocument> result = json.readLenient(text);
    assertThat(result.document().getActors().get(2).getExtensions()).containsEntry("colour", "{\"r\":1}");
    assertThat(result.problems()).extracting(JsonProblem::code, JsonProblem::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("json.unknown-property", "/actors/2/colour"),
        org.assertj.core.groups.Tuple.tuple("extension.name-malformed", "/actors/2/colour"));
    assertThat(result.isClean()).isFalse();
  }

  @Test
  void whatWasReadLenientlyIsWrittenBackWithNothingLost() {
    String text = Problems.sample().replace("\"name\": \"Russia\"", "\"name\": \"Russia\", \"colour\": \"red\"");
    ClaimDocument document = json.readLenient(text).document();
    String written = json.write(document);
    assertThat(written).contains("\"colour\": \"red\"");
    assertThat(json.readLenient(written).document()).isEqualTo(document);
  }

  @Test
  void nonStandardVocabularyIsReadAndReported() {
    String text = Problems.sample().replace("\"stance\": \"asserts\"", "\"stance\": \"shrugs\"");
    ReadResult<ClaimDocument> result = json.readLenient(text);
    assertThat(result.document().getClaims().get(0).getAttributions().get(0).getStance().value())
        .isEqualTo("shrugs");
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("term.unknown");
      assertThat(p.pointer()).isEqualTo("/claims/0/attributions/0/stance");
    });
  }

  @Test
  void lenientReadFailsWhenNoWholeObjectCanBeBuilt() {
    String missing = Problems.sample().replace("\"name\": \"Russia\"", "\"x-name\": \"Russia\"");
    assertThatThrownBy(() -> json.readLenient(missing)).isInstanceOf(GeoClaimsJsonException.class)
        .hasMessageContaining("json.required");
    String wrongType = Problems.sample().replace("\"id\": \"shipped\"", "\"id\": 1");
    assertThatThrownBy(() -> json.readLenient(wrongType)).isInstanceOf(GeoClaimsJsonException.class)
        .hasMessageContaining("json.type");
    assertThatThrownBy(() -> json.readLenient("{")).isInstanceOf(GeoClaimsJsonException.class)
        .hasMessageContaining("json.syntax");
  }

  @Test
  void anUnknownPropertyOnATypeWithoutExtensionsFailsEvenLeniently() {
    String text = Problems.sample().replace("\"role\": \"agent\"", "\"role\": \"agent\", \"weight\": 2");
    assertThatThrownBy(() -> json.readLenient(text)).isInstanceOfSatisfying(GeoClaimsJsonException.class,
        e -> assertThat(e.getProblems()).extracting(JsonProblem::pointer)
            .containsExactly("/claims/0/participants/0/weight"));
  }

  @Test
  void aCleanDocumentReadsCleanly() {
    ReadResult<ClaimDocument> result = json.readLenient(Problems.sample());
    assertThat(result.isClean()).isTrue();
    assertThat(result.document()).isEqualTo(TestDocuments.sample());
    assertThat(result.toString()).contains("0 problems");
  }
}
