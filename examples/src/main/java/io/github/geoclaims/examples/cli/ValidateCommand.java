package io.github.geoclaims.examples.cli;

import io.github.geoclaims.json.JsonProblem;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code geoclaims validate FILE...}: checks documents against the wire format and every rule of the model. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks geoclaims JSON documents: the JSON itself, the wire format and every rule of the model.",
      "Prints one line per problem: FILE: POINTER (line L, column C): message [code]",
      "and FILE: valid for each valid document (unless --quiet)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GeoClaimsCli.EXIT_CODE_OK,
      GeoClaimsCli.EXIT_CODE_INVALID,
      GeoClaimsCli.EXIT_CODE_USAGE,
      GeoClaimsCli.EXIT_CODE_INTERNAL
    })
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand GeoClaimsCli cli;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The documents to check; - reads standard input.")
  List<String> files;

  /** Files at least this large are streamed without {@code --stream}. */
  static final long STREAMING_THRESHOLD = 32_000_000L;

  @Option(names = {"-q", "--quiet"}, description = "Print only the problems, not the valid files.")
  boolean quiet;

  @Option(names = "--stream", description = "Read every document claim by claim, holding one claim at a time"
      + " (files of 32 MB or more are always read so). Needs the canonical property order, as geoclaims writes it;"
      + " a file in another order is then read whole.")
  boolean stream;

  @Override
  public Integer call() {
    List<Input> inputs = Input.resolve(files, cli, "validate");
    PrintWriter out = cli.spec.commandLine().getOut();
    int exitCode = GeoClaimsCli.OK;
    for (Input input : inputs) {
      boolean large = input.size().orElse(0) >= STREAMING_THRESHOLD;
      Reading reading = stream || large
          ? Reading.stream(input, cli, "validate")
          : Reading.read(input, cli, "validate");
      if (reading.isValid()) {
        if (!quiet) {
          out.println(input.name() + ": valid");
        }
      } else {
        exitCode = GeoClaimsCli.INVALID;
        for (JsonProblem problem : reading.problems()) {
          out.println(Reading.line(input.name(), problem));
        }
      }
      out.flush();
    }
    return exitCode;
  }
}
