package io.github.geoclaims.examples.cli;

import io.github.geoclaims.examples.fixtures.Fixture;
import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.ClaimDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code geoclaims summary [FILE...]}: a readable report of documents, by default of the bundled fixtures. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints a report of documents: per document its main source and its claims, with who claims each and"
          + " through whom, stance, modality, verification status and the links to claims of the other"
          + " documents; then totals.",
      "Without FILE, reports on the five bundled article fixtures."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GeoClaimsCli.EXIT_CODE_OK,
      GeoClaimsCli.EXIT_CODE_INVALID,
      GeoClaimsCli.EXIT_CODE_USAGE,
      GeoClaimsCli.EXIT_CODE_INTERNAL
    })
final class SummaryCommand implements Callable<Integer> {

  @ParentCommand GeoClaimsCli cli;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "The documents to report on; - reads standard input. Default: the bundled fixtures.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    List<Reading> readings = files.isEmpty() ? bundled() : fromFiles();
    PrintWriter err = cli.spec.commandLine().getErr();
    List<ClaimDocument> documents = new ArrayList<>();
    int exitCode = GeoClaimsCli.OK;
    for (Reading reading : readings) {
      if (reading.isValid()) {
        documents.add(reading.document().orElseThrow());
      } else {
        exitCode = GeoClaimsCli.INVALID;
        err.println("geoclaims summary: " + reading.name() + " is not a valid document; left out of the summary:");
        for (JsonProblem problem : reading.problems()) {
          err.println(Reading.line(reading.name(), problem));
        }
      }
    }
    err.flush();
    new SummaryReport(documents).print(cli.spec.commandLine().getOut());
    return exitCode;
  }

  private List<Reading> fromFiles() {
    List<Reading> readings = new ArrayList<>();
    for (Input input : Input.resolve(files, cli, "summary")) {
      readings.add(Reading.read(input, cli, "summary"));
    }
    return readings;
  }

  /** Loads the bundled fixtures; a missing one is named, and ends the command with exit code 2. */
  private List<Reading> bundled() {
    List<Reading> readings = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Fixture fixture : Fixtures.list()) {
      try {
        readings.add(Reading.valid(fixture.id(), Fixtures.load(fixture.id())));
      } catch (IllegalStateException e) {
        missing.add(fixture.id() + ": " + e.getMessage());
      } catch (GeoClaimsJsonException e) {
        readings.add(Reading.invalid(fixture.id() + ".json (bundled)", e.getProblems()));
      }
    }
    if (!missing.isEmpty()) {
      PrintWriter err = cli.spec.commandLine().getErr();
      err.println("geoclaims summary: " + missing.size() + " of the " + Fixtures.list().size()
          + " bundled fixtures " + (missing.size() == 1 ? "is" : "are") + " missing from this build:");
      missing.forEach(line -> err.println("  " + line));
      throw new CliException(GeoClaimsCli.USAGE, "cannot summarise the bundled fixtures; summarise files instead:"
          + " geoclaims summary FILE...");
    }
    return readings;
  }
}
