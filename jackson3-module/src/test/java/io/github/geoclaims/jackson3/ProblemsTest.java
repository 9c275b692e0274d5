package io.github.geoclaims.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.ReadResult;
import io.github.geoclaims.model.ClaimDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid input is reported as the Jackson 2 facade reports it: one exception, every problem, with pointers. */
class ProblemsTest {

  private final GeoClaimsJson json = GeoClaimsJson.standard();

  static List<Corpus.Invalid> invalid() {
    return Corpus.invalid();
  }

  static List<JsonProblem> problems(GeoClaimsJson reader, String text) {
    GeoClaimsJsonException[] thrown = new GeoClaimsJsonException[1];
    assertThatThrownBy(() -> reader.read(text))
        .isInstanceOfSatisfying(GeoClaimsJsonException.class, e -> thrown[0] = e);
    return thrown[0].getProblems();
  }

  @Test
  void aTruncatedDocumentSaysWhereTheUnclosedObjectBeganAsJackson2Does() {
    String text = "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"d\",\n  \"actors\": [\n    {\"id\": \"x\"";
    assertThat(problems(json, text)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.syntax");
      assertThat(p.message()).isEqualTo("Unexpected end of input: the document ends before the object that starts at"
          + " line 5, column 5 is closed (reading /actors/0)");
      assertThat(p.message()).doesNotContain("REDACTED", "StreamReadFeature", "start marker", "[Source:");
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void aStrictReadFailsWithTheExpectedFirstProblem(Corpus.Invalid input) {
    List<JsonProblem> problems = problems(json, input.text());
    assertThat(problems).first().satisfies(p -> {
      assertThat(p.code()).isEqualTo(input.code());
      assertThat(p.pointer()).isEqualTo(input.pointer());
      if (!p.code().equals("json.empty")) {
        assertThat(p.line()).as("line").isPositive();
        assertThat(p.column()).as("column").isPositive();
      }
    });
  }

  @Test
  void aProblemHasThePointerLineColumnAndMessageOfTheJackson2Facade() {
    String text = Corpus.replace(Corpus.full(), "\"id\": \"shipped\"", "\"id\": 42");
    String[] lines = text.split("\n", -1);
    int line = 0;
    while (!lines[line].contains("\"id\": 42")) {
      line++;
    }
    int column = lines[line].indexOf("42") + 1;
    // (the renamed claim also leaves two relations unresolved: follow-on violations, as documented)
    assertThat(problems(json, text)).first().isEqualTo(new JsonProblem("/claims/0/id", line + 1, column, "json.type",
        "Expected a string but was a number at /claims/0/id"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "-2147483649", "9223372036854775808", "-100000000000000000000"})
  void anIntegerOutOfRangeIsReportedAsWritten(String number) {
    String text = Corpus.replace(Corpus.full(), "\"memberCount\": 47", "\"memberCount\": " + number);
    assertThat(problems(json, text)).first().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.number");
      assertThat(p.message()).isEqualTo("Expected an integer from -2147483648 to 2147483647 but was " + number
          + " at " + p.pointer());
    });
  }

  @ParameterizedTest
  @CsvSource({"-0, 0", "999999999, 999999999", "1000000000, 1000000000", "2147483647, 2147483647",
      "-2147483648, -2147483648"})
  void anIntegerInRangeIsReadExactly(String number, int value) {
    String text = Corpus.replace(Corpus.full(), "\"memberCount\": 47", "\"memberCount\": " + number);
    ClaimDocument document = GeoClaimsJson.builder().validate(false).build().read(text);
    assertThat(document.getActors()).anySatisfy(actor -> assertThat(actor.getMemberCount()).hasValue(value));
  }

  @Test
  void manyProblemsAreReportedTogetherInDocumentOrder() {
    Corpus.Invalid many = Corpus.invalid().stream().filter(i -> i.name().equals("many problems")).findFirst()
        .orElseThrow();
    assertThat(problems(json, many.text())).extracting(JsonProblem::code, JsonProblem::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("json.unknown-property", "/actors/3/colour"),
        org.assertj.core.groups.Tuple.tuple("json.time", "/sources/0/publishedAt"),
        // the claim whose id could not be read is reported once: the relations that name it are not reported again
        org.assertj.core.groups.Tuple.tuple("json.type", "/claims/0/id"));
  }

  @Test
  void theDuplicateKeyMessageNamesTheKeyAsJackson2Does() {
    String text = Corpus.replace(Corpus.full(), "\"name\": \"Russia\"", "\"name\": \"Russia\", \"name\": \"RU\"");
    assertThat(problems(json, text)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.duplicate-key");
      assertThat(p.message()).startsWith("Duplicate property: Duplicate field 'name'");
    });
  }

  @Test
  void aLenientReadKeepsUnknownPropertiesAndReportsViolations() {
    String text = Corpus.replace(Corpus.replace(Corpus.full(), "\"name\": \"Russia\"",
        "\"name\": \"Russia\", \"colour\": [1, {}]"), "\"kind\": \"state\"", "\"kind\": \"planet\"");
    ReadResult<ClaimDocument> result = json.readLenient(text);
    assertThat(result.document().getActors().get(3).getExtensions()).containsEntry("colour", "[1,{}]");
    assertThat(result.problems()).extracting(JsonProblem::code)
        .contains("json.unknown-property", "term.unknown", "extension.name-malformed");
    assertThat(json.write(result.document())).contains("\"colour\": [\n        1,\n        {}\n      ]");
  }

  @Test
  void aLenientReadStillFailsWhenDataWouldBeLost() {
    String text = Corpus.replace(Corpus.full(), "\"id\": \"shipped\"", "\"id\": 42");
    assertThatThrownBy(() -> json.readLenient(text)).isInstanceOf(GeoClaimsJsonException.class);
  }

  @Test
  void readingStopsAtTheProblemLimit() {
    StringBuilder text = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"actors\": [");
    for (int i = 0; i < 50; i++) {
      text.append(i == 0 ? "" : ",").append("1");
    }
    text.append("]}");
    List<JsonProblem> problems = problems(GeoClaimsJson.builder().maxProblems(10).build(), text.toString());
    assertThat(problems).hasSize(11);
    assertThat(problems.get(10).code()).isEqualTo("json.limit");
  }

  @Test
  void withoutValidationOnlyTheStructureIsChecked() {
    Corpus.Invalid term = Corpus.invalid().stream().filter(i -> i.code().equals("term.unknown")).findFirst()
        .orElseThrow();
    ClaimDocument document = GeoClaimsJson.builder().validate(false).build().read(term.text());
    assertThat(document.getActors().get(0).getKind().toString()).isEqualTo("planet");
  }

  @Test
  void theExceptionMessageListsTheProblems() {
    String text = Corpus.replace(Corpus.full(), "\"title\": \"Containers\"", "\"title\": 42");
    assertThatThrownBy(() -> json.read(text)).hasMessageStartingWith("1 problem reading geoclaims JSON:")
        .hasMessageContaining("/sources/0/title (line ").hasMessageContaining("[json.type]");
  }
}
