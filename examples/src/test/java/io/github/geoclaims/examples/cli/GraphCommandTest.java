package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.examples.SampleDocuments;
import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {

  @TempDir Path directory;

  @Test
  void writesTheGivenFilesAsOnePageToOut() throws IOException {
    Path first = SampleDocuments.write(SampleDocuments.first(), directory);
    Path second = SampleDocuments.write(SampleDocuments.second(), directory);
    Path out = directory.resolve("graph.html");

    Cli.Run run = Cli.run("graph", first.toString(), second.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("wrote " + out);
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>")
        .contains("data-document=\"sample-a\"", "data-document=\"sample-b\"", "data-claim=\"shipped\"");
  }

  @Test
  void writesDotAndMermaidToStandardOutput() {
    Path file = SampleDocuments.write(SampleDocuments.first(), directory);

    assertThat(Cli.run("graph", file.toString(), "--format", "dot").out()).startsWith("digraph provenance {");
    assertThat(Cli.run("graph", file.toString(), "--format", "mermaid").out()).startsWith("flowchart LR");
  }

  @Test
  @Tag("fixtures")
  void drawsEveryClaimOfTheBundledFixturesWithoutArguments() {
    Cli.Run run = Cli.run("graph", "--format", "html");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    for (ClaimDocument document : Fixtures.loadAll()) {
      for (Claim claim : document.getClaims()) {
        assertThat(run.out()).contains("data-claim=\"" + claim.getId() + "\" data-document=\"" + document.getId()
            + "\"");
      }
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli.Run run = Cli.run("graph", "--format", "png");

    assertThat(run.exitCode()).isEqualTo(GeoClaimsCli.USAGE);
    assertThat(run.err()).isEqualTo("geoclaims graph: unknown format 'png'; use html, dot or mermaid"
        + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anOutputThatIsADirectoryIsAUsageError() {
    Cli.Run run = Cli.run("graph", "-o", directory.toString());

    assertThat(run.exitCode()).isEqualTo(GeoClaimsCli.USAGE);
    assertThat(run.err()).contains("geoclaims graph: cannot write " + directory + ": it is a directory")
        .doesNotContain("Exception");
  }

  @Test
  void aMissingFileIsAUsageErrorBeforeAnyOutput() {
    Path out = directory.resolve("graph.html");

    Cli.Run run = Cli.run("graph", directory.resolve("missing.json").toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(GeoClaimsCli.USAGE);
    assertThat(run.err()).contains("no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void anInvalidDocumentIsReportedAndLeftOutWithExitCodeOne() {
    Path valid = SampleDocuments.write(SampleDocuments.first(), directory);
    Path invalid = SampleDocuments.write("{\"id\": \"broken\"", directory, "broken.json");

    Cli.Run run = Cli.run("graph", valid.toString(), invalid.toString(), "--format", "dot");

    assertThat(run.exitCode()).isEqualTo(GeoClaimsCli.INVALID);
    assertThat(run.err()).contains("broken.json is not a valid document; left out of the graph");
    assertThat(run.out()).startsWith("digraph provenance {");
  }

  @Test
  void withNoValidDocumentThereIsNothingToDraw() {
    Path invalid = SampleDocuments.write("{\"id\": \"broken\"", directory, "broken.json");

    Cli.Run run = Cli.run("graph", invalid.toString());

    assertThat(run.exitCode()).isEqualTo(GeoClaimsCli.INVALID);
    assertThat(run.err()).contains("geoclaims graph: no valid document to draw");
    assertThat(run.out()).isEmpty();
  }
}
