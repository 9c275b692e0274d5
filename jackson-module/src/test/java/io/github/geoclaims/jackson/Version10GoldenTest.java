package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire format 1.1 is additive: every golden file written as 1.0 (kept in {@code golden-1.0}) still reads, strictly
 * and valid, and writes back as the same bytes but for its version.
 */
class Version10GoldenTest {

  private final GeoClaimsJson json = GeoClaimsJson.builder().backend(new Jackson2Backend()).build();

  static List<Path> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden-1.0"))) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void aVersion10DocumentReadsAndWritesBackAsItWasButForItsVersion(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\n  \"schemaVersion\": \"1.0\",\n");
    ClaimDocument document = json.read(text);
    assertThat(json.write(document))
        .isEqualTo(text.replaceFirst("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\""));
  }
}
