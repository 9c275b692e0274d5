package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.geoclaims.examples.SampleDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {

  @TempDir Path directory;

  @ParameterizedTest(name = "--to {0}")
  @ValueSource(strings = {"claimreview", "web-annotation", "stix"})
  void writesOneJsonValueOnStandardOutputAndTheLossReportOnStandardError(String format) throws IOException {
    Path file = SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("export", "--to", format, file.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode value = new ObjectMapper().readTree(run.out());
    assertThat(value.isArray() || value.isObject()).isTrue();
    assertThat(run.errLines().get(0)).matches(".+: \\d+ exported, \\d+ skipped");
  }

  @Test
  void theSameDocumentGivesTheSameBytes() {
    Path file = SampleDocuments.write(SampleDocuments.first(), directory);

    assertThat(Cli.run("export", "--to", "stix", file.toString()).out())
        .isEqualTo(Cli.run("export", "--to", "stix", file.toString()).out());
  }

  @Test
  void theLossReportNamesEachSkippedItemAndWhy() {
    Path file = SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("export", "--to", "claimreview", file.toString());

    assertThat(run.errLines()).containsExactly("ClaimReview: 0 exported, 1 skipped",
        "  skipped /claims/0/assessments/0: no URL: no source the assessor published has one, and no base URL"
            + " was given (--base-url)");
  }

  @Test
  void baseUrlGivesAReviewItsUrl() throws IOException {
    Path file = SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("export", "--to", "claimreview", "--base-url", "https://example.org/claims/",
        file.toString());

    assertThat(new ObjectMapper().readTree(run.out()).get(0).get("url").asText())
        .isEqualTo("https://example.org/claims/shipped");
    assertThat(run.errLines()).containsExactly("ClaimReview: 1 exported, 0 skipped");
  }

  @Test
  void readsStandardInput() {
    Cli.Run run = Cli.withInput(io.github.geoclaims.json.GeoClaimsJson.standard().write(SampleDocuments.second())
        .getBytes(StandardCharsets.UTF_8), "export", "--to", "web-annotation", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"TextPositionSelector\"");
  }

  @Test
  void anInvalidDocumentIsNotExportedAndItsProblemsGoToStandardErrorWithExitCode1() {
    Path file = SampleDocuments.write(ValidateCommandTest.INVALID, directory, "invalid.json");

    Cli.Run run = Cli.run("export", "--to", "stix", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).isNotEmpty().allSatisfy(line ->
        assertThat(line).matches(String.format(ValidateCommandTest.PROBLEM_LINE, java.util.regex.Pattern.quote(
            file.toString()))));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Path file = SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("export", "--to", "rdf", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("geoclaims export: unknown format 'rdf'; expected claimreview, web-annotation or"
        + " stix");
  }

  @Test
  void aBaseUrlThatIsNotAbsoluteHttpIsAUsageError() {
    Path file = SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("export", "--to", "claimreview", "--base-url", "claims/", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--base-url must be an absolute http or https URL");
  }

  @Test
  void aBaseUrlForAnotherFormatIsAUsageError() {
    Path file = SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("export", "--to", "stix", "--base-url", "https://example.org/", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--base-url is for --to claimreview only");
  }

  @Test
  void aMissingFileIsAUsageErrorWithoutAStackTrace() {
    Cli.Run run = Cli.run("export", "--to", "stix", directory.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file").doesNotContain("Exception", "\tat ");
  }

  @Test
  void aDirectoryIsAUsageError() {
    SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("export", "--to", "stix", directory.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("expected one file");
  }
}
