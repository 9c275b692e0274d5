package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.TextAnchor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StructuralProblemsTest {

  private static void assertProblem(JsonProblem problem, String code, String pointer, int[] location) {
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.pointer()).isEqualTo(pointer);
    assertThat(problem.line()).as("line").isEqualTo(location[0]);
    assertThat(problem.column()).as("column").isEqualTo(location[1]);
  }

  @Test
  void aValueOfTheWrongTypeIsJsonTypeAtItsPointerLineAndColumn() {
    String text = Problems.sample().replace("\"id\": \"shipped\"", "\"id\": 42");
    List<JsonProblem> problems = Problems.of(text);
    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0), "json.type", "/claims/0/id", Problems.locate(text, "42"));
    assertThat(problems.get(0).message()).isEqualTo("Expected a string but was a number at /claims/0/id");
  }

  @Test
  void nullIsAValueOfTheWrongType() {
    String text = Problems.sample().replace("\"kind\": \"news-article\"", "\"kind\": \"news-article\", \"title\": null");
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertProblem(p, "json.type", "/sources/0/title", Problems.locate(text, "null"));
      assertThat(p.message()).contains("Expected a string but was null");
    });
  }

  @Test
  void aMissingRequiredPropertyIsJsonRequiredAtTheObject() {
    String text = Problems.sample().replace("\"name\": \"Russia\"", "\"x-name\": \"Russia\"");
    List<JsonProblem> problems = Problems.of(text);
    int[] objectStart = Problems.locate(text, "{\n      \"id\": \"russia\"");
    assertThat(problems).singleElement().satisfies(p -> {
      assertProblem(p, "json.required", "/actors/2", objectStart);
      assertThat(p.message()).isEqualTo("Missing required property 'name' of Actor at /actors/2");
    });
  }

  /**
   * Text and bytes are read first without recording locations; streams, readers and files record them as they read.
   * Every kind of input, strict or lenient, validated or not, places missing properties alike: at the opening brace
   * of their object, nested or top-level.
   */
  @Test
  void everyKindOfInputPlacesMissingPropertiesAlike(@TempDir Path dir) throws IOException {
    String text = Problems.sample()
        .replace("  \"schemaVersion\": \"1.1\",\n", "")
        .replace("\"proposition\": \"North Korea shipped containers to Russia.\",", "")
        .replace("\"exact\": \"The White House said\",", "");
    int[] claim = Problems.locate(text, "{\n      \"id\": \"shipped\"");
    int[] quote = Problems.locate(text, "\"quote\": {");
    quote[1] += "\"quote\": ".length();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("missing.json"), bytes);
    for (GeoClaimsJson json : List.of(GeoClaimsJson.standard(), GeoClaimsJson.builder().validate(false).build())) {
      List<JsonProblem> expected = Problems.of(json, text);
      assertThat(expected).extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column).containsExactly(
          tuple("/claims/0/attributions/0/quote", quote[0], quote[1]),
          tuple("/claims/0", claim[0], claim[1]),
          tuple("", 1, 1));
      assertThat(expected).extracting(JsonProblem::code).containsOnly("json.required");
      List<ThrowingCallable> reads = List.of(() -> json.read(bytes),
          () -> json.read(new ByteArrayInputStream(bytes)), () -> json.read(new StringReader(text)),
          () -> json.read(file), () -> json.readLenient(text), () -> json.readLenient(bytes),
          () -> json.readLenient(new ByteArrayInputStream(bytes)), () -> json.readLenient(new StringReader(text)),
          () -> json.readLenient(file));
      for (ThrowingCallable read : reads) {
        assertThatThrownBy(read).isInstanceOfSatisfying(GeoClaimsJsonException.class,
            e -> assertThat(e.getProblems()).isEqualTo(expected));
      }
    }
  }

  @Test
  void aMissingSchemaVersionIsJsonRequiredAtTheRoot() {
    String text = Problems.sample().replace("  \"schemaVersion\": \"1.1\",\n", "");
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertProblem(p, "json.required", "", new int[] {1, 1});
      assertThat(p.message()).contains("'schemaVersion'");
    });
  }

  @Test
  void anUnknownPropertyIsJsonUnknownPropertyInStrictMode() {
    String text = Problems.sample().replace("\"name\": \"Russia\"", "\"name\": \"Russia\", \"colour\": [1, {}]");
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertProblem(p, "json.unknown-property", "/actors/2/colour", Problems.locate(text, "[1, {}]"));
      assertThat(p.message()).contains("'colour'").contains("x-");
    });
  }

  @Test
  void anotherMajorVersionIsUnsupported() {
    String text = Problems.sample().replace("\"1.1\"", "\"2.0\"");
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertProblem(p, "json.unsupported-version", "/schemaVersion", Problems.locate(text, "\"2.0\""));
      assertThat(p.message()).contains("2.0").contains("1.x");
    });
  }

  @Test
  void aMalformedVersionIsUnsupported() {
    for (String version : new String[] {"\"1\"", "\"v1.0\"", "\"1.0.0\"", "1.0", "\"01.0\""}) {
      String text = Problems.sample().replace("\"1.1\"", version);
      assertThat(Problems.of(text)).singleElement()
          .satisfies(p -> assertProblem(p, "json.unsupported-version", "/schemaVersion",
              Problems.locate(text, version + ",")));
    }
  }

  @Test
  void aMalformedTimeIsJsonTime() {
    String text = Problems.sample().replace("\"2023-10-14\"", "\"2023-13\"");
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertProblem(p, "json.time", "/sources/0/publishedAt", Problems.locate(text, "\"2023-13\""));
      assertThat(p.message()).contains("'2023-13'").contains("ISO 8601");
    });
  }

  @Test
  void anIntegerOutOfRangeIsJsonNumberAndAFractionIsJsonType() {
    String text = Problems.sample().replace("\"start\": 0", "\"start\": 3000000000").replace("\"end\": 20",
        "\"end\": 20.5");
    List<JsonProblem> problems = Problems.of(text);
    assertThat(problems).hasSize(2);
    assertProblem(problems.get(0), "json.number", "/claims/0/attributions/0/quote/start",
        Problems.locate(text, "3000000000"));
    assertProblem(problems.get(1), "json.type", "/claims/0/attributions/0/quote/end",
        Problems.locate(text, "20.5"));
    assertThat(problems.get(1).message()).startsWith("Expected an integer but was a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
      "-100000000000000000000"})
  void anIntegerOutOfRangeIsReportedAsWritten(String number) {
    String text = Problems.sample().replace("\"start\": 0", "\"start\": " + number);
    assertThat(Problems.of(text)).first().satisfies(p -> {
      assertProblem(p, "json.number", "/claims/0/attributions/0/quote/start", Problems.locate(text, number));
      assertThat(p.message()).isEqualTo("Expected an integer from -2147483648 to 2147483647 but was " + number
          + " at /claims/0/attributions/0/quote/start");
    });
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "-0, 0", "7, 7", "-7, -7", "999999999, 999999999", "1000000000, 1000000000",
      "2147483647, 2147483647", "-2147483648, -2147483648"})
  void anIntegerInRangeIsReadExactly(String number, int value) throws Exception {
    String text = Problems.sample().replace("\"start\": 0", "\"start\": " + number);
    GeoClaimsJson unvalidated = GeoClaimsJson.builder().validate(false).build();
    for (ClaimDocument document : List.of(unvalidated.read(text), unvalidated.readLenient(text).document(),
        unvalidated.read(text.getBytes(StandardCharsets.UTF_8)), unvalidated.read(new StringReader(text)))) {
      assertThat(document.getClaims().get(0).getAttributions().get(0).getQuote())
          .hasValueSatisfying(quote -> assertThat(quote.getStart()).isEqualTo(value));
    }
    ObjectMapper mapper = new ObjectMapper().registerModule(new GeoClaimsModule());
    assertThat(mapper.readValue("{\"exact\": \"x\", \"start\": " + number + ", \"end\": 1}", TextAnchor.class)
        .getStart()).isEqualTo(value);
  }

  @Test
  void aDecimalThatWouldBeHugeInPlainNotationIsJsonLimit() {
    String text = Problems.sample().replace("\"eventKind\": \"arms-transfer\",",
        "\"eventKind\": \"arms-transfer\", \"quantities\": [{\"unit\": \"u\", \"value\": 1e999999999}],");
    assertThat(Problems.of(text)).first().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.limit");
      assertThat(p.pointer()).isEqualTo("/claims/0/quantities/0/value");
    });
  }

  @Test
  void malformedJsonIsJsonSyntaxWithLineAndColumn() {
    String text = Problems.sample().replace("\"id\": \"sample\",", "\"id\": \"sample\"");
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.syntax");
      assertThat(p.line()).isEqualTo(Problems.locate(text, "\"actors\"")[0]);
      assertThat(p.column()).isPositive();
      assertThat(p.message()).startsWith("Malformed JSON");
    });
  }

  @Test
  void aDuplicatePropertyIsJsonDuplicateKey() {
    String text = Problems.sample().replace("\"name\": \"Russia\"", "\"name\": \"Russia\", \"name\": \"RU\"");
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.duplicate-key");
      assertThat(p.pointer()).as("the object holding the duplicate").isEqualTo("/actors/2");
      assertThat(p.line()).isEqualTo(Problems.locate(text, "\"RU\"")[0]);
      assertThat(p.message()).contains("'name'");
    });
  }

  @Test
  void contentAfterTheDocumentIsJsonTrailingContent() {
    assertThat(Problems.of(Problems.sample() + "{}")).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("json.trailing-content"));
    assertThat(Problems.of(Problems.sample() + "garbage")).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("json.trailing-content"));
  }

  @Test
  void emptyInputIsJsonEmpty() {
    assertThat(Problems.of("")).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.empty");
      assertThat(p.message()).contains("input is empty");
    });
    assertThat(Problems.of("  \n ")).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("json.empty"));
  }

  @Test
  void aTopLevelValueOtherThanAnObjectIsJsonType() {
    assertThat(Problems.of("[]")).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.type");
      assertThat(p.message()).contains("at the top level but was an array");
    });
  }

  @Test
  void aTruncatedDocumentIsJsonSyntaxNamingWhereReadingStopped() {
    String text = Problems.sample();
    String truncated = text.substring(0, text.indexOf("\"quote\""));
    assertThat(Problems.of(truncated)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.syntax");
      assertThat(p.message()).contains("the document ends before the object that starts at line 41, column 9");
    });
  }

  @Test
  void aTruncatedDocumentSaysWhereTheUnclosedObjectBeganInTheLibrarysOwnWords() {
    String text = "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"d\",\n  \"actors\": [\n    {\"id\": \"x\"";
    assertThat(Problems.of(text)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.syntax");
      assertThat(p.message()).isEqualTo("Unexpected end of input: the document ends before the object that starts at"
          + " line 5, column 5 is closed (reading /actors/0)");
      assertThat(p.message()).doesNotContain("REDACTED", "StreamReadFeature", "start marker", "[Source:");
    });
  }

  @Test
  void aTruncatedDocumentEndingInAnArrayNamesTheArray() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"actors\": [";
    assertThat(Problems.of(text)).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("Unexpected end of input: the document ends before the array that starts at line 1, column 47"
            + " is closed (reading /actors)"));
  }

  @Test
  void manyStructuralProblemsAreReportedTogetherInDocumentOrder() {
    String text = Problems.sample()
        .replace("\"kind\": \"state\",\n      \"name\": \"North Korea\"", "\"kind\": 1,\n      \"name\": \"North Korea\"")
        .replace("\"name\": \"Russia\"", "\"name\": \"Russia\", \"colour\": \"red\"")
        .replace("\"proposition\": \"North Korea shipped containers to Russia.\",", "")
        .replace("\"2023-10-13\"", "\"yesterday\"");
    List<JsonProblem> problems = Problems.of(text);
    assertThat(problems).extracting(JsonProblem::code, JsonProblem::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("json.type", "/actors/0/kind"),
        org.assertj.core.groups.Tuple.tuple("json.unknown-property", "/actors/2/colour"),
        org.assertj.core.groups.Tuple.tuple("json.time", "/claims/0/attributions/0/statedAt/at"),
        org.assertj.core.groups.Tuple.tuple("json.required", "/claims/0"));
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void readingStopsAtTheProblemLimit() {
    StringBuilder text = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"actors\": [");
    for (int i = 0; i < 50; i++) {
      text.append(i == 0 ? "" : ",").append("1");
    }
    text.append("]}");
    GeoClaimsJson reader = GeoClaimsJson.builder().maxProblems(10).build();
    List<JsonProblem> problems = Problems.of(reader, text.toString());
    assertThat(problems).hasSize(11);
    assertThat(problems.get(10).code()).isEqualTo("json.limit");
  }

  @Test
  void theExceptionMessageListsTheProblems() {
    String text = Problems.sample().replace("\"id\": \"shipped\"", "\"id\": 42");
    GeoClaimsJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(GeoClaimsJsonException.class,
        () -> GeoClaimsJson.standard().read(text));
    assertThat(e.getMessage()).startsWith("1 problem reading geoclaims JSON:")
        .contains("/claims/0/id (line ").contains("[json.type]");
  }
}
