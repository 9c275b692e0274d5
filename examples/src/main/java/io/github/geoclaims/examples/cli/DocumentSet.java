package io.github.geoclaims.examples.cli;

import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.corpus.CorpusProblem;
import io.github.geoclaims.examples.fixtures.Fixture;
import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.ClaimDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents a command works on: the files and directories named on its command line, or, with none, the five
 * bundled fixtures. Invalid documents are reported (file, pointer, message, code) and left out; the valid ones form a
 * corpus, whose problems across documents are reported the same way.
 */
final class DocumentSet {

  private final List<ClaimDocument> documents;
  private final Map<String, String> fileById;
  private final boolean allValid;

  private DocumentSet(List<ClaimDocument> documents, Map<String, String> fileById, boolean allValid) {
    this.documents = List.copyOf(documents);
    this.fileById = fileById;
    this.allValid = allValid;
  }

  /**
   * Reads the documents: the arguments' files (a directory stands for its {@code .json} files), or the bundled
   * fixtures when there are none. Each invalid document is printed with its problems to standard error.
   *
   * @param arguments the FILE and DIR arguments
   * @param cli the command line
   * @param command the command's name, for messages
   * @return the valid documents
   * @throws CliException with exit code 2 when a named file does not exist or a bundled fixture is missing
   */
  static DocumentSet load(List<String> arguments, GeoClaimsCli cli, String command) {
    List<Reading> readings = arguments.isEmpty() ? bundled(cli, command) : fromFiles(arguments, cli, command);
    PrintWriter err = cli.spec.commandLine().getErr();
    List<ClaimDocument> documents = new ArrayList<>();
    Map<String, String> fileById = new HashMap<>();
    boolean allValid = true;
    for (Reading reading : readings) {
      if (reading.isValid()) {
        ClaimDocument document = reading.document().orElseThrow();
        documents.add(document);
        fileById.putIfAbsent(document.getId(), reading.name());
      } else {
        allValid = false;
        err.println("geoclaims " + command + ": " + reading.name() + " is not a valid document; left out of the "
            + command + ":");
        for (JsonProblem problem : reading.problems()) {
          err.println(Reading.line(reading.name(), problem));
        }
      }
    }
    err.flush();
    return new DocumentSet(documents, fileById, allValid);
  }

  /** Returns the valid documents, in the order read. */
  List<ClaimDocument> documents() {
    return documents;
  }

  /**
   * Indexes the valid documents as a corpus and prints each problem across documents to standard error, as
   * {@code FILE: POINTER: message [code]}.
   *
   * @param cli the command line
   * @return the corpus
   */
  ClaimCorpus corpus(GeoClaimsCli cli) {
    ClaimCorpus corpus = ClaimCorpus.of(documents);
    PrintWriter err = cli.spec.commandLine().getErr();
    for (CorpusProblem problem : corpus.problems()) {
      err.println(fileById.getOrDefault(problem.document(), problem.document()) + ": " + problem.pointer() + ": "
          + problem.message() + " [" + problem.code().code() + "]");
    }
    err.flush();
    return corpus;
  }

  /**
   * Returns the exit code the documents call for: 0 when every document was valid and the corpus has no problem,
   * 1 otherwise.
   *
   * @param corpus the corpus of these documents
   * @return the exit code
   */
  int exitCode(ClaimCorpus corpus) {
    return allValid && corpus.problems().isEmpty() ? GeoClaimsCli.OK : GeoClaimsCli.INVALID;
  }

  private static List<Reading> fromFiles(List<String> arguments, GeoClaimsCli cli, String command) {
    List<Reading> readings = new ArrayList<>();
    for (Input input : Input.resolve(arguments, cli, command)) {
      readings.add(Reading.read(input, cli, command));
    }
    return readings;
  }

  /** Loads the bundled fixtures; a missing one is named, and ends the command with exit code 2. */
  private static List<Reading> bundled(GeoClaimsCli cli, String command) {
    List<Reading> readings = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Fixture fixture : Fixtures.list()) {
      try {
        readings.add(Reading.valid(fixture.id() + ".json (bundled)", Fixtures.load(fixture.id())));
      } catch (IllegalStateException e) {
        missing.add(fixture.id() + ": " + e.getMessage());
      } catch (GeoClaimsJsonException e) {
        readings.add(Reading.invalid(fixture.id() + ".json (bundled)", e.getProblems()));
      }
    }
    if (!missing.isEmpty()) {
      PrintWriter err = cli.spec.commandLine().getErr();
      err.println("geoclaims " + command + ": " + missing.size() + " of the " + Fixtures.list().size()
          + " bundled fixtures " + (missing.size() == 1 ? "is" : "are") + " missing from this build:");
      missing.forEach(line -> err.println("  " + line));
      throw new CliException(GeoClaimsCli.USAGE, "cannot read the bundled fixtures; name files instead:"
          + " geoclaims " + command + " FILE...");
    }
    return readings;
  }
}
