package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.geoclaims.json.ClaimStreamReader;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.Actor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name twice in one object is {@code json.duplicate-key}, wherever the object is: a model object, an extension
 * value, a value that is skipped because it is unknown or of the wrong type, an object with many names.
 */
class DuplicateKeyTest {

  private static String document(String properties) {
    return "{\"schemaVersion\": \"1.0\", \"id\": \"d\", " + properties + "}";
  }

  private static String actors(String properties) {
    return "\"actors\": [{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\", " + properties + "}]";
  }

  private static String manyExtensions(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "\"x-" + i + "\": " + i).collect(Collectors.joining(", "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the document|'\"id\": \"e\"'|''|id",
      "an actor|'" + "\"actors\": [{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\", \"name\": \"B\"}]"
          + "'|/actors/0|name",
      "an extension value|'\"x-a\": [1, {\"c\": {\"b\": 1, \"b\": 2}}]'|/x-a|b",
      "an extension value of an actor|'" + "\"actors\": [{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\", "
          + "\"x-c\": {\"q\": 1, \"q\": 2}}]'|/actors/0/x-c|q",
      "an escaped extension name|'\"x-a/b~c\": {\"b\": 1, \"b\": 2}'|/x-a~1b~0c|b",
      "the empty name|'\"x-a\": {\"\": 1, \"\": 2}'|/x-a|''"})
  void aDuplicateNameIsFatalAtTheObjectOrTheValueHoldingIt(String where, String properties, String pointer,
      String name) {
    String text = document(properties);
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.duplicate-key");
      assertThat(p.pointer()).isEqualTo(pointer);
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isPositive();
      assertThat(p.message()).startsWith("Duplicate property: Duplicate field '" + name + "'; each name may occur"
          + " once per object");
    });
  }

  @Test
  void aDuplicateNameInsideASkippedValueIsFoundAfterTheProblemThatSkipsIt() {
    assertThat(Problems.of(document("\"colour\": {\"b\": 1, \"c\": [{\"b\": 1, \"b\": 2}]}")))
        .extracting(JsonProblem::code, JsonProblem::pointer).containsExactly(
            org.assertj.core.groups.Tuple.tuple("json.unknown-property", "/colour"),
            org.assertj.core.groups.Tuple.tuple("json.duplicate-key", "/colour"));
    assertThat(Problems.of(document(actors("\"aliases\": {\"q\": 1, \"q\": 2}"))))
        .extracting(JsonProblem::code, JsonProblem::pointer).containsExactly(
            org.assertj.core.groups.Tuple.tuple("json.type", "/actors/0/aliases"),
            org.assertj.core.groups.Tuple.tuple("json.duplicate-key", "/actors/0/aliases"));
    assertThat(Problems.of(document("\"schemaVersion\": {\"b\": 1, \"b\": 2}")))
        .extracting(JsonProblem::code).containsExactly("json.duplicate-key");
  }

  @Test
  void aLenientReadRejectsADuplicateNameInAnUnknownPropertyItKeeps() {
    String text = document("\"colour\": {\"b\": 1, \"b\": 2}");
    assertThatThrownBy(() -> GeoClaimsJson.standard().readLenient(text))
        .isInstanceOfSatisfying(GeoClaimsJsonException.class, e -> assertThat(e.getProblems())
            .extracting(JsonProblem::code).containsExactly("json.unknown-property", "json.duplicate-key"));
  }

  @Test
  void objectsWithManyNamesAreCheckedAsWell() {
    assertThat(GeoClaimsJson.standard().read(document(manyExtensions(40))).getExtensions()).hasSize(40);
    for (int count : new int[] {15, 16, 17, 40}) {
      for (int again : new int[] {1, count}) {
        String text = document(manyExtensions(count) + ", \"x-" + again + "\": 0");
        assertThat(Problems.of(text)).as("%d names, then x-%d again", count, again).singleElement()
            .satisfies(p -> assertThat(p.message()).contains("'x-" + again + "'"));
      }
    }
  }

  @Test
  void theSameNameInDifferentObjectsIsNoDuplicate() {
    String text = document("\"x-a\": {\"b\": 1, \"c\": {\"b\": 2}, \"d\": [{\"b\": 3}, {\"b\": 4}]},"
        + " \"x-b\": {\"b\": 5}");
    assertThat(GeoClaimsJson.standard().read(text).getExtensions())
        .containsEntry("x-a", "{\"b\":1,\"c\":{\"b\":2},\"d\":[{\"b\":3},{\"b\":4}]}");
    assertThat(GeoClaimsJson.builder().validate(false).build().read(text.getBytes(StandardCharsets.UTF_8))
        .getExtensions()).containsEntry("x-b", "{\"b\":5}");
  }

  @Test
  void theStreamingReaderAndTheMapperRejectDuplicateNamesToo() {
    String text = document(actors("\"x-c\": {\"q\": 1, \"q\": 2}"));
    assertThatThrownBy(() -> {
      try (ClaimStreamReader reader = GeoClaimsJson.standard()
          .claimReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
        reader.forEachRemaining(claim -> { });
      }
    }).isInstanceOfSatisfying(GeoClaimsJsonException.class, e -> assertThat(e.getProblems())
        .extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.duplicate-key", "/actors/0/x-c")));
    String actor = "{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\", \"name\": \"B\"}";
    assertThatThrownBy(() -> GeoClaimsModule.newMapper().readValue(actor, Actor.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("Duplicate field 'name'");
  }

  /**
   * The streaming reader checks names as a whole-document read does, and those of the document object itself,
   * which its header, claims and trailer are read in parts of: the same name before and after the claims too.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "an extension of the document, before and after the claims|'\"x-a\": 1, \"claims\": [], \"x-a\": 2'|''|x-a",
      "the claims twice|'\"claims\": [], \"claims\": []'|''|claims",
      "the relations twice|'\"claims\": [], \"relations\": [], \"relations\": []'|''|relations",
      "a claim|'\"claims\": [{\"id\": \"c\", \"id\": \"d\"}]'|/claims/0|id",
      "an extension value in a claim|'\"claims\": [{\"x-v\": {\"k\": 1, \"k\": 2}}]'|/claims/0/x-v|k",
      "a relation|'\"claims\": [], \"relations\": [{\"kind\": \"supports\", \"kind\": \"supports\"}]'"
          + "|/relations/0|kind"})
  void theStreamingReaderRejectsADuplicateNameWhereverItIs(String where, String properties, String pointer,
      String name) {
    String text = document(properties);
    assertThatThrownBy(() -> {
      try (ClaimStreamReader reader = GeoClaimsJson.standard()
          .claimReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
        reader.forEachRemaining(claim -> { });
      }
    }).isInstanceOfSatisfying(GeoClaimsJsonException.class, e -> assertThat(e.getProblems())
        .filteredOn(p -> p.code().equals("json.duplicate-key"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.pointer()).isEqualTo(pointer);
          assertThat(p.message()).contains("Duplicate field '" + name + "'");
        }));
  }

  @Test
  void theModuleLeavesDuplicateNamesToTheMappersParserSettings() throws Exception {
    String actor = "{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\", \"name\": \"B\"}";
    ObjectMapper plain = new ObjectMapper().registerModule(new GeoClaimsModule());
    assertThat(plain.readValue(actor, Actor.class).getName()).isEqualTo("B");
    ObjectMapper strict = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .addModule(new GeoClaimsModule()).build();
    assertThatThrownBy(() -> strict.readValue(actor, Actor.class)).hasMessageContaining("Duplicate field 'name'");
  }
}
