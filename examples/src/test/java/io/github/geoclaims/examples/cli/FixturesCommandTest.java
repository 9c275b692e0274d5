package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.examples.fixtures.Fixture;
import io.github.geoclaims.examples.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesCommandTest {

  @TempDir Path directory;

  @Test
  void listsTheFixturesWithTitleAndDescription() {
    Cli.Run run = Cli.run("fixtures");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(10);
    for (Fixture fixture : Fixtures.list()) {
      assertThat(run.outLines()).containsSubsequence(fixture.id() + "  " + fixture.title(),
          "    " + fixture.description());
    }
    assertThat(run.outLines().get(0))
        .isEqualTo("000_6fa328a5eb9c16d3  North Korea Arms Transfers to Russia: Context, Reactions, and regional"
            + " Implications");
  }

  @Test
  @Tag("fixtures")
  void exportWritesTheFiveDocumentsCreatingTheDirectory() throws IOException {
    Path target = directory.resolve("a/b");

    Cli.Run run = Cli.run("fixtures", "--export", target.toString());

    assertThat(run.exitCode()).isZero();
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted())
          .containsExactlyElementsOf(Fixtures.ids().stream().map(id -> id + ".json").toList());
    }
    for (String id : Fixtures.ids()) {
      assertThat(target.resolve(id + ".json")).hasContent(Fixtures.json(id));
      assertThat(run.outLines()).contains("wrote " + target.resolve(id + ".json"));
    }
  }

  @Test
  @Tag("fixtures")
  void exportedFilesAreValid() {
    Cli.run("fixtures", "--export", directory.toString());

    Cli.Run run = Cli.run(Stream.concat(Stream.of("validate"),
        Fixtures.ids().stream().map(id -> directory.resolve(id + ".json").toString())).toArray(String[]::new));

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(5).allMatch(line -> line.endsWith(": valid"));
  }

  @Test
  void exportIntoAFileIsAUsageError() throws IOException {
    Path file = Files.writeString(directory.resolve("file"), "x");

    Cli.Run run = Cli.run("fixtures", "--export", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("geoclaims fixtures: not a directory: " + file);
  }

  @Test
  void exportNeedsADirectory() {
    Cli.Run run = Cli.run("fixtures", "--export");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter for option '--export' (DIR)");
  }
}
