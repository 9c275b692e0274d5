package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.ClaimDocument;
import org.junit.jupiter.api.Test;

class ExtensionPropertiesTest {

  private final GeoClaimsJson json = GeoClaimsJson.standard();

  @Test
  void extensionValuesOfEveryJsonKindRoundTripAsCompactText() {
    String text = Problems.sample().replace("\"id\": \"sample\",", "\"id\": \"sample\",\n"
        + "  \"x-s\": \"a\\\"b\\u00e9\",\n  \"x-n\": 1.50,\n  \"x-t\": true,\n  \"x-z\": null,\n"
        + "  \"x-o\": { \"k\" : [ 1 , { } , [ ] , -2e-3 ] },");
    ClaimDocument document = json.read(text);
    assertThat(document.getExtensions()).containsExactly(
        java.util.Map.entry("x-s", "\"a\\\"bé\""),
        java.util.Map.entry("x-n", "1.50"),
        java.util.Map.entry("x-t", "true"),
        java.util.Map.entry("x-z", "null"),
        java.util.Map.entry("x-o", "{\"k\":[1,{},[],-2e-3]}"));
    assertThat(json.read(json.write(document))).isEqualTo(document);
  }

  @Test
  void extensionsAreWrittenLastInInsertionOrderAndReIndented() {
    ClaimDocument document = ClaimDocument.builder().id("d").putExtension("x-b", "{\"k\":[1,2]}")
        .putExtension("x-a", "1").build();
    assertThat(json.write(document)).isEqualTo("{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"d\",\n"
        + "  \"x-b\": {\n    \"k\": [\n      1,\n      2\n    ]\n  },\n  \"x-a\": 1\n}\n");
  }

  @Test
  void extensionsOnEveryExtensibleTypeRoundTrip() {
    ClaimDocument full = TestDocuments.full();
    ClaimDocument again = json.read(json.write(full));
    assertThat(again.getActors().get(0).getExtensions()).isEqualTo(full.getActors().get(0).getExtensions());
    assertThat(again.getSources().get(0).getExtensions()).containsEntry("x-paywall", "false");
    assertThat(again.getClaims().get(0).getExtensions()).containsEntry("x-priority", "3");
    assertThat(again.getClaims().get(0).getAttributions().get(1).getExtensions())
        .containsEntry("x-confidence-label", "\"high\"");
  }

  @Test
  void anExtensionValueThatIsNotOneJsonValueCannotBeWritten() {
    ClaimDocument document = ClaimDocument.builder().id("d").putExtension("x-bad", "{not json").build();
    assertThatThrownBy(() -> json.write(document)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x-bad").hasMessageContaining("ClaimDocument");
    ClaimDocument two = ClaimDocument.builder().id("d").putExtension("x-two", "1 2").build();
    assertThatThrownBy(() -> json.write(two)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than one value");
  }

  @Test
  void anExtensionNamedLikeAStandardPropertyCannotBeWritten() {
    ClaimDocument document = ClaimDocument.builder().id("d")
        .addActor(Actor.builder().id("a").kind(ActorKind.STATE).name("A").putExtension("name", "\"B\"").build())
        .build();
    assertThatThrownBy(() -> json.write(document)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'name' of Actor");
  }

  @Test
  void anXPropertyOnATypeWithoutExtensionsIsAnUnknownProperty() {
    String text = Problems.sample().replace("\"role\": \"agent\"", "\"role\": \"agent\", \"x-note\": 1");
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.unknown-property");
      assertThat(p.pointer()).isEqualTo("/claims/0/participants/0/x-note");
      assertThat(p.message()).contains("Participant has no extension properties");
    });
  }
}
