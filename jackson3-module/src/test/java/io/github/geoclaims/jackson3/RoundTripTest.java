package io.github.geoclaims.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Canonical writing on Jackson 3 reproduces every golden file byte for byte, and reading what was written is lossless. */
class RoundTripTest {

  private final GeoClaimsJson json = GeoClaimsJson.standard();

  static List<Path> goldenFiles() {
    return Corpus.goldenFiles();
  }

  @Test
  void theGoldenFilesAreThere() {
    assertThat(Corpus.jsonFiles(Corpus.fixturesDir())).extracting(p -> p.getFileName().toString())
        .contains("full.json");
    assertThat(Corpus.jsonFiles(Corpus.articlesDir())).as("article fixtures").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void writingWhatWasReadReproducesTheGoldenFileByteForByte(Path file) {
    byte[] golden = Corpus.bytes(file);
    ClaimDocument document = json.read(golden);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(document, out);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(new String(golden, StandardCharsets.UTF_8));
    assertThat(out.toByteArray()).isEqualTo(golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void readingWhatWasWrittenGivesAnEqualDocument(Path file) {
    ClaimDocument document = json.read(Corpus.bytes(file));
    assertThat(GeoClaimsValidator.shared().validate(document)).isEmpty();
    assertThat(json.read(json.write(document))).isEqualTo(document);
    assertThat(json.readLenient(json.write(document)).isClean()).isTrue();
  }

  @Test
  void everyInputKindReadsTheSameDocumentAndWritingToAFileGivesTheSameBytes(@TempDir Path dir) throws IOException {
    byte[] bytes = Corpus.bytes(Corpus.fixturesDir().resolve("full.json"));
    String text = new String(bytes, StandardCharsets.UTF_8);
    ClaimDocument expected = json.read(text);
    Path file = dir.resolve("full.json");
    json.write(expected, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    assertThat(json.write(expected)).isEqualTo(text);
    assertThat(json.read(bytes)).isEqualTo(expected);
    assertThat(json.read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(json.read(new StringReader(text))).isEqualTo(expected);
    assertThat(json.read(file)).isEqualTo(expected);
    assertThat(json.readLenient(file).document()).isEqualTo(expected);
    assertThat(json.readLenient(bytes).isClean()).isTrue();
    assertThat(json.readLenient(text).document()).isEqualTo(expected);
    assertThat(json.readLenient(new ByteArrayInputStream(bytes)).document()).isEqualTo(expected);
    assertThat(json.readLenient(new StringReader(text)).document()).isEqualTo(expected);
  }

  @Test
  void utf16InputIsDetected() {
    String text = Corpus.full();
    assertThat(json.read(text.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(json.read(text));
    assertThat(json.read(text.getBytes(StandardCharsets.UTF_16))).isEqualTo(json.read(text));
  }

  @Test
  void theCanonicalLayoutIsJackson2sWhereJackson3ChangedItsDefaults() {
    ClaimDocument document = ClaimDocument.builder().id("d").title("a/b \uD83D\uDE00 \u0001 \u00e9")
        .putExtension("x-doubles", "[1.0E-7,1e23,0.1]")
        .build();
    String text = json.write(document);
    assertThat(text).isEqualTo("{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"d\",\n"
        + "  \"title\": \"a/b \uD83D\uDE00 \\u0001 \u00e9\",\n"
        + "  \"x-doubles\": [\n    1.0E-7,\n    1e23,\n    0.1\n  ]\n}\n");
    assertThat(json.read(text)).isEqualTo(document);
  }

  @Test
  void bigDecimalsAreWrittenPlainAndReadExactly() {
    String text = Corpus.replace(Corpus.full(), "\"value\": 1500000", "\"value\": 2.50E2");
    ClaimDocument document = json.read(text);
    Quantity rounds = document.getClaims().get(0).getQuantities().get(1);
    assertThat(rounds.getValue()).contains(new BigDecimal("2.50E2"));
    assertThat(json.write(document)).contains("\"value\": 250,\n").contains("\"maximum\": 12345678901234567890.1230");
  }

  @Test
  void emptyExtensionContainersAndControlCharactersAreWrittenCanonically() {
    String text = json.write(json.read(Corpus.full()));
    assertThat(text).contains("\"x-empty\": {}").contains("\"x-list\": [\n    1,\n    [],\n")
        .doesNotContain("\r").doesNotContain(" :").doesNotContain("\t").endsWith("}\n");
  }

  @Test
  void timePointsStayAsWritten() {
    String text = json.write(json.read(Corpus.full()));
    assertThat(text).contains("\"publishedAt\": \"2023\"").contains("\"accessedAt\": \"2023-10\"")
        .contains("\"retrievedAt\": \"2024-01-09T14:30:00+09:00\"");
    assertThat(json.read(text).getSources().get(1).getPublishedAt()).contains(TimePoint.parse("2023"));
  }

  @Test
  void aNewerMinorVersionIsReadAndWrittenAs11() {
    String text = Corpus.full();
    ClaimDocument document = json.read(Corpus.replace(text, "\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.7\""));
    assertThat(json.write(document)).isEqualTo(text);
  }
}
