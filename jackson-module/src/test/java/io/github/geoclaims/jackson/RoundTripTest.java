package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

  private final GeoClaimsJson json = GeoClaimsJson.standard();

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = RoundTripTest.class.getResourceAsStream("/fixtures/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theTestDocumentsAreValidSoTheyTestTheCodecAlone() {
    assertThat(GeoClaimsValidator.shared().validate(TestDocuments.full())).isEmpty();
    assertThat(GeoClaimsValidator.shared().validate(TestDocuments.sample())).isEmpty();
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualDocumentWithEveryTypeAndProperty() {
    ClaimDocument full = TestDocuments.full();
    assertThat(json.read(json.write(full))).isEqualTo(full);
    assertThat(json.read(json.write(TestDocuments.sample()))).isEqualTo(TestDocuments.sample());
  }

  @Test
  void canonicalWritingOfAFixtureReproducesItsFileByteForByte() throws IOException {
    byte[] file = fixture("full.json");
    ClaimDocument document = json.read(file);
    assertThat(document).isEqualTo(TestDocuments.full());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(document, out);
    assertThat(out.toByteArray()).isEqualTo(file);
  }

  @Test
  void writingTwiceGivesIdenticalBytes() {
    String once = json.write(TestDocuments.full());
    String twice = json.write(json.read(once));
    assertThat(twice).isEqualTo(once);
  }

  @Test
  void canonicalLayoutHasTwoSpaceIndentColonSpaceLfAndTrailingNewline() {
    String text = json.write(TestDocuments.sample());
    assertThat(text).startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"sample\",\n  \"actors\": [\n    {\n");
    assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain(" :").doesNotContain("\t");
  }

  @Test
  void nonAsciiIsWrittenAsIsInUtf8() throws IOException {
    byte[] bytes = fixture("full.json");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("\"Übersicht — ☃ 北朝鮮\"").doesNotContain("\\u00DC");
  }

  @Test
  void absentOptionalsEmptyListsAndFalseDefaultsAreOmitted() {
    String text = json.write(TestDocuments.sample());
    assertThat(text).doesNotContain("\"title\"").doesNotContain("\"aliases\"").doesNotContain("\"relations\"")
        .doesNotContain("\"former\"").doesNotContain("\"approximate\"").doesNotContain("null");
  }

  @Test
  void readerAcceptsExplicitEmptyListsAndFalse() {
    String text = Problems.sample().replace("\"id\": \"north-korea\",",
        "\"id\": \"north-korea\", \"aliases\": [], \"roles\": [{\"title\": \"t\", \"former\": false}],");
    ClaimDocument document = json.read(text);
    assertThat(document.getActors().get(0).getAliases()).isEmpty();
    assertThat(document.getActors().get(0).getRoles()).containsExactly(Role.builder().title("t").build());
  }

  @Test
  void bigDecimalsAreWrittenExactlyWithoutExponentAndReadWithoutDouble() {
    String text = json.write(TestDocuments.full());
    assertThat(text).contains("\"maximum\": 12345678901234567890.1230").contains("\"minimum\": 0.000001")
        .contains("\"exclusiveMaximum\": -0.50");
    Quantity tonnes = json.read(text).getClaims().get(0).getQuantities().get(2);
    assertThat(tonnes.getMaximum()).contains(new BigDecimal("12345678901234567890.1230"));
    assertThat(tonnes.getMinimum().get().scale()).isEqualTo(6);
  }

  @Test
  void numbersWithExponentAreReadExactlyAndWrittenPlain() {
    String text = Problems.sample().replace("\"text\": \"The White",
        "\"x-n\": 1.5e3, \"text\": \"The White");
    String withQuantity = text.replace("\"eventKind\": \"arms-transfer\",",
        "\"eventKind\": \"arms-transfer\", \"quantities\": [{\"unit\": \"u\", \"value\": 2.50E2}],");
    ClaimDocument document = json.read(withQuantity);
    assertThat(document.getClaims().get(0).getQuantities().get(0).getValue()).contains(new BigDecimal("250"));
    assertThat(json.write(document)).contains("\"value\": 250\n");
  }

  @Test
  void timePointsAreWrittenAsTheirIsoTextNeverExpanded() {
    String text = json.write(TestDocuments.full());
    assertThat(text).contains("\"publishedAt\": \"2023\"").contains("\"accessedAt\": \"2023-10\"")
        .contains("\"retrievedAt\": \"2024-01-09T14:30:00+09:00\"").contains("\"at\": \"2023-08\"");
  }

  @Test
  void everyInputKindReadsTheSameDocument(@TempDir Path dir) throws IOException {
    String text = json.write(TestDocuments.full());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("full.json");
    json.write(TestDocuments.full(), file);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    ClaimDocument expected = TestDocuments.full();
    assertThat(json.read(bytes)).isEqualTo(expected);
    assertThat(json.read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(json.read(new StringReader(text))).isEqualTo(expected);
    assertThat(json.read(file)).isEqualTo(expected);
    assertThat(json.readLenient(file).document()).isEqualTo(expected);
    assertThat(json.readLenient(bytes).isClean()).isTrue();
    assertThat(json.readLenient(new ByteArrayInputStream(bytes)).document()).isEqualTo(expected);
    assertThat(json.readLenient(new StringReader(text)).document()).isEqualTo(expected);
  }

  @Test
  void aNewerMinorVersionIsRead() {
    String text = Problems.sample().replace("\"1.1\"", "\"1.7\"");
    assertThat(json.read(text)).isEqualTo(TestDocuments.sample());
  }

  @Test
  void propertiesMayComeInAnyOrder() {
    String text = "{\"id\": \"sample\", \"claims\": [], \"schemaVersion\": \"1.0\"}";
    assertThat(json.read(text).getId()).isEqualTo("sample");
  }

  @Test
  void writesCharactersOutsideTheBasicPlaneAsUtf8NotAsEscapes() {
    ClaimDocument document = ClaimDocument.builder().id("d").title("smile \uD83D\uDE00").build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(document, bytes);

    String expected = "  \"title\": \"smile \uD83D\uDE00\"\n";
    assertThat(json.write(document)).contains(expected);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(expected);
    assertThat(json.read(bytes.toByteArray())).isEqualTo(document);
  }
}
