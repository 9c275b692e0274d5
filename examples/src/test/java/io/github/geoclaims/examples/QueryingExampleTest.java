package io.github.geoclaims.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryingExampleTest {

  @Test
  void answersTheCommonQuestionsAboutADocumentFile(@TempDir Path directory) throws Exception {
    Path file = SampleDocuments.write(SampleDocuments.first(), directory);

    String output = StandardOutput.capture(() -> QueryingExample.main(new String[] {file.toString()}));

    assertThat(output.lines()).containsSubsequence(
        "document sample-a: 2 claims",
        "Claims by actor (about it / put forward by it):",
        "  North Korea: 1 (1 / 0)",
        "  Russia: 2 (2 / 1)",
        "  White House: 1 (0 / 1)",
        "Denials, dismissals and refusals to comment:",
        "  Russia dismisses: North Korea shipped more than 1,000 containers to Russia.",
        "Independent origins (the end of each chain of affirming attributions):",
        "  shipped: 1 [RIA News]",
        "    White House <- RIA News",
        "  nothing-received: 1 [a source close to the Kremlin]",
        "Contradictions:",
        "  shipped <-> nothing-received");
  }

  @Test
  @Tag("fixtures")
  void queriesTheDefaultFixture() throws Exception {
    String output = StandardOutput.capture(() -> QueryingExample.main(new String[0]));

    assertThat(output).startsWith("document 004_c656ded2d8c27bb7: ")
        .contains("Claims by actor", "Independent origins", "Contradictions:", "  North Korea denies: ");
  }
}
