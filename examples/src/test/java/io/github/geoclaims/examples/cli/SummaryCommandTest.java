package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.examples.SampleDocuments;
import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.json.GeoClaimsJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {

  @TempDir Path directory;

  @Test
  void summarisesTheGivenFiles() {
    Path first = SampleDocuments.write(SampleDocuments.first(), directory);
    Path second = SampleDocuments.write(SampleDocuments.second(), directory);

    Cli.Run run = Cli.run("summary", first.toString(), second.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).contains(
        "== Containers to Russia",
        "document sample-a",
        "== sample-b",
        "document sample-b",
        "    link: supports <- sample-b/arrived-by-rail",
        "    link: supports -> sample-a/shipped",
        "Totals",
        "  documents: 2");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void readsStandardInput() {
    byte[] json = GeoClaimsJson.standard().write(SampleDocuments.first()).getBytes(StandardCharsets.UTF_8);

    Cli.Run run = Cli.withInput(json, "summary", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).contains("document sample-a", "  documents: 1");
  }

  @Test
  void aReferenceToADocumentNotGivenIsAProblemWithFileAndPointerAndExitCode1() {
    Path second = SampleDocuments.write(SampleDocuments.second(), directory);

    Cli.Run run = Cli.run("summary", second.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(second + ": /relations/0/targetDocument: 'sample-a' is not in the"
        + " corpus; add it, or correct the reference [corpus.reference-unresolved]");
    assertThat(run.outLines()).contains("document sample-b", "  problems across documents: 1");
  }

  @Test
  void aDirectoryStandsForItsJsonFiles() {
    SampleDocuments.write(SampleDocuments.first(), directory);
    SampleDocuments.write(SampleDocuments.second(), directory);

    Cli.Run run = Cli.run("summary", directory.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).contains("document sample-a", "document sample-b", "  documents: 2",
        "  problems across documents: 0");
  }

  @Test
  void anInvalidFileIsReportedAndLeftOutWithExitCode1() {
    Path valid = SampleDocuments.write(SampleDocuments.first(), directory);
    Path invalid = SampleDocuments.write(ValidateCommandTest.INVALID, directory, "invalid.json");

    Cli.Run run = Cli.run("summary", valid.toString(), invalid.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).first()
        .isEqualTo("geoclaims summary: " + invalid + " is not a valid document; left out of the summary:");
    assertThat(run.errLines()).hasSize(4).contains(
        invalid + ": /actors/0/countryCode (line 5, column 82): must be an ISO 3166-1 alpha-2 country code such as"
            + " KP [country.invalid]");
    assertThat(run.outLines()).contains("document sample-a", "  documents: 1");
  }

  @Test
  void aMissingFileIsAUsageError() {
    Cli.Run run = Cli.run("summary", "nope.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("geoclaims summary: no such file: nope.json");
    assertThat(run.out()).isEmpty();
  }

  @Test
  @Tag("fixtures")
  void withoutFilesSummarisesTheFiveBundledFixtures() {
    Cli.Run run = Cli.run("summary");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    for (String id : Fixtures.ids()) {
      assertThat(run.outLines()).contains("document " + id);
    }
    assertThat(run.outLines()).contains("Totals", "  documents: 5");
  }
}
