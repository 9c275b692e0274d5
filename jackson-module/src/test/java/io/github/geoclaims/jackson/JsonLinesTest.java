package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.json.DocumentLine;
import io.github.geoclaims.json.DocumentLineReader;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.testing.DocumentGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON Lines: {@link GeoClaimsJson#writeLine} and {@link DocumentLineReader}. */
class JsonLinesTest {

  private final GeoClaimsJson json = GeoClaimsJson.standard();

  static LongStream seeds() {
    return DocumentGenerator.seeds(60);
  }

  private static List<DocumentLine> readAll(DocumentLineReader reader) throws IOException {
    List<DocumentLine> lines = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(lines::add);
    }
    return lines;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aLineIsTheCanonicalDocumentWithoutWhitespaceAndReadsBackEqual(long seed) {
    DocumentGenerator.forSeed(seed, generator -> {
      ClaimDocument document = generator.validDocument();
      String line = json.writeLine(document);

      assertThat(line).doesNotContain("\n").doesNotContain("\r");
      assertThat(json.read(line)).isEqualTo(document);
      assertThat(json.write(json.read(line))).isEqualTo(json.write(document));
    });
  }

  @Test
  void aLineHasNoWhitespaceBetweenTokens() {
    ClaimDocument document = new DocumentGenerator(3).validDocument();
    String line = json.writeLine(document);

    assertThat(line).startsWith("{\"schemaVersion\":\"").doesNotContain("\": ").doesNotContain(", \"");
  }

  @Test
  void readsEveryLineAndSkipsBlankOnesKeepingFileLineNumbers() throws IOException {
    ClaimDocument first = new DocumentGenerator(1).validDocument();
    ClaimDocument second = new DocumentGenerator(2).validDocument();
    String text = json.writeLine(first) + "\n\n  \n" + json.writeLine(second) + "\n";

    List<DocumentLine> lines = readAll(json.lineReader(new StringReader(text)));

    assertThat(lines).extracting(DocumentLine::number).containsExactly(1L, 4L);
    assertThat(lines).extracting(line -> line.document().orElseThrow()).containsExactly(first, second);
  }

  @Test
  void anInvalidLineIsReportedWithItsProblemsAndReadingGoesOn() throws IOException {
    ClaimDocument valid = new DocumentGenerator(5).validDocument();
    String broken = json.writeLine(valid).replaceFirst("\"schemaVersion\":\"[^\"]*\"", "\"schemaVersion\":7");
    String text = broken + "\n{not json\n" + json.writeLine(valid) + "\n";

    List<DocumentLine> lines = readAll(json.lineReader(new StringReader(text)));

    assertThat(lines).extracting(DocumentLine::isValid).containsExactly(false, false, true);
    assertThat(lines.get(0).problems()).isNotEmpty()
        .allSatisfy(problem -> assertThat(problem.code()).isNotBlank());
    assertThat(lines.get(1).problems()).extracting(problem -> problem.code()).contains("json.syntax");
    assertThat(lines.get(2).document()).contains(valid);
  }

  @Test
  void readsAJsonLinesFile(@TempDir Path directory) throws IOException {
    ClaimDocument document = new DocumentGenerator(8).validDocument();
    Path file = directory.resolve("articles.jsonl");
    Files.writeString(file, "\uFEFF" + json.writeLine(document) + "\n");

    assertThat(readAll(json.lineReader(file))).singleElement()
        .satisfies(line -> assertThat(line.document()).contains(document));
  }
}
