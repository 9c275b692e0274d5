package io.github.geoclaims.examples.cli;

import io.github.geoclaims.examples.fixtures.Fixture;
import io.github.geoclaims.examples.fixtures.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code geoclaims fixtures [--export DIR]}: lists the bundled article fixtures, or writes them to a folder. */
@Command(
    name = "fixtures",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the bundled article fixtures (--export DIR writes them as DIR/<id>.json): identifier and title,"
          + " then a description.",
      "With --export, writes each fixture's document to DIR/<id>.json instead."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GeoClaimsCli.EXIT_CODE_OK,
      GeoClaimsCli.EXIT_CODE_USAGE,
      GeoClaimsCli.EXIT_CODE_INTERNAL
    })
final class FixturesCommand implements Callable<Integer> {

  @ParentCommand GeoClaimsCli cli;

  @Option(names = "--export", paramLabel = "DIR",
      description = "Write the documents as DIR/<id>.json (creating DIR, replacing existing files).")
  String exportDirectory;

  @Override
  public Integer call() {
    PrintWriter out = cli.spec.commandLine().getOut();
    if (exportDirectory == null) {
      for (Fixture fixture : Fixtures.list()) {
        out.println(fixture.id() + "  " + fixture.title());
        out.println("    " + fixture.description());
      }
      out.flush();
      return GeoClaimsCli.OK;
    }
    Path directory = directory();
    Map<Path, String> documents = new LinkedHashMap<>();
    for (Fixture fixture : Fixtures.list()) {
      try {
        documents.put(directory.resolve(fixture.id() + ".json"), Fixtures.json(fixture.id()));
      } catch (IllegalStateException e) {
        throw new CliException(GeoClaimsCli.USAGE, "cannot export: " + e.getMessage());
      }
    }
    for (Map.Entry<Path, String> document : documents.entrySet()) {
      try {
        Files.writeString(document.getKey(), document.getValue(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CliException(GeoClaimsCli.USAGE, "cannot write " + document.getKey() + ": "
            + CliException.reason(e));
      }
      out.println("wrote " + document.getKey());
    }
    out.flush();
    return GeoClaimsCli.OK;
  }

  private Path directory() {
    Path directory;
    try {
      directory = Path.of(exportDirectory);
    } catch (InvalidPathException e) {
      throw new CliException(GeoClaimsCli.USAGE, "not a valid directory name: " + exportDirectory);
    }
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new CliException(GeoClaimsCli.USAGE, "not a directory: " + exportDirectory);
    }
    try {
      return Files.createDirectories(directory);
    } catch (IOException e) {
      throw new CliException(GeoClaimsCli.USAGE, "cannot create directory " + exportDirectory + ": "
          + CliException.reason(e));
    }
  }
}
