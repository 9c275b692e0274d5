package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.geoclaims.examples.SampleDocuments;
import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.json.GeoClaimsJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the built {@code geoclaims.jar} as a user does, {@code java -jar target/geoclaims.jar ...}: an integration
 * test (Failsafe, phase {@code integration-test}), because the jar is shaded in {@code package}, after the unit
 * tests. It proves that the shaded jar starts, finds its main class and version, and that validation works with
 * the dependencies as shaded (Hibernate Validator's service files, Jackson's multi-release classes), and that an
 * export runs on a fixture that {@code fixtures --export} wrote.
 */
class GeoClaimsJarIT {

  private static final Path JAR = Path.of(System.getProperty("geoclaims.jar", "target/geoclaims.jar"));

  private static ProcessRun java(byte[] stdin, String... args) throws Exception {
    assertThat(JAR).as("the shaded jar, built in the package phase").isRegularFile();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return ProcessRun.of(command, Map.of(), stdin);
  }

  @Test
  void printsItsVersion() throws Exception {
    ProcessRun result = java(new byte[0], "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().findFirst()).hasValue("geoclaims " + VersionProvider.version());
    assertThat(result.err()).isEmpty();
  }

  @Test
  void validatesStandardInputWithoutNoiseOnStandardError() throws Exception {
    byte[] json = GeoClaimsJson.standard().write(SampleDocuments.first()).getBytes(StandardCharsets.UTF_8);

    ProcessRun result = java(json, "validate", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("<stdin>: valid" + System.lineSeparator());
    assertThat(result.err()).isEmpty();
  }

  /** Library use, not the tool: a program of its own that validates prints nothing of Hibernate Validator's. */
  @Test
  void aProgramThatValidatesPrintsNoValidatorBanner() throws Exception {
    ProcessRun result = ProcessRun.of(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", JAR.toString(), "io.github.geoclaims.examples.ValidationExample"), Map.of(), new byte[0]);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("[identifier.malformed]");
    assertThat(result.err()).doesNotContain("HV000001").isEmpty();
  }

  @Test
  void reportsAnInvalidFileAndAMissingOne() throws Exception {
    Path file = Files.createTempFile("invalid", ".json");
    try {
      Files.writeString(file, ValidateCommandTest.INVALID);
      ProcessRun invalid = java(new byte[0], "validate", file.toString());
      ProcessRun missing = java(new byte[0], "validate", file + ".missing");

      assertThat(invalid.exitCode()).isEqualTo(1);
      assertThat(invalid.out().lines()).hasSize(3).allMatch(line -> line.startsWith(file + ": /"));
      assertThat(missing.exitCode()).isEqualTo(2);
      assertThat(missing.err().strip()).isEqualTo("geoclaims validate: no such file: " + file + ".missing");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  @Tag("fixtures")
  void summarisesTheBundledFixtures() throws Exception {
    ProcessRun result = java(new byte[0], "summary");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Totals", "  documents: 5");
    assertThat(result.err()).isEmpty();
  }

  @Test
  @Tag("fixtures")
  void drawsTheFixturesGraphWithElkAsShaded() throws Exception {
    Path page = Files.createTempFile("geoclaims-graph", ".html");
    try {
      ProcessRun result = java(new byte[0], "graph", "-o", page.toString());

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err()).isEqualTo("wrote " + page + System.lineSeparator());
      assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("<svg class=\"provenance\"");
    } finally {
      Files.deleteIfExists(page);
    }
  }

  @Test
  @Tag("fixtures")
  void exportsAFixtureWrittenByFixturesExportAsAStixBundle() throws Exception {
    Path directory = Files.createTempDirectory("fixtures");
    try {
      assertThat(java(new byte[0], "fixtures", "--export", directory.toString()).exitCode()).isZero();
      Path fixture = directory.resolve(Fixtures.ids().get(4) + ".json");

      ProcessRun result = java(new byte[0], "export", "--to", "stix", fixture.toString());

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(new ObjectMapper().readTree(result.out()).get("type").asText()).isEqualTo("bundle");
      assertThat(result.err()).startsWith("STIX 2.1: ");
    } finally {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(directory);
    }
  }
}
