package io.github.geoclaims.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code geoclaims} command-line tool: {@code summary}, {@code trace}, {@code graph}, {@code validate},
 * {@code schema}, {@code fixtures}, and the conversions {@code export} (to schema.org ClaimReview, W3C Web Annotation
 * or STIX 2.1) and {@code import} (from ClaimReview or Web Annotation).
 *
 * <pre>{@code
 * java -jar geoclaims.jar summary                                  # the five bundled article fixtures
 * java -jar geoclaims.jar validate claims.json                     # exit 0 valid, 1 invalid, 2 usage error
 * java -jar geoclaims.jar graph -o graph.html                      # the fixtures' provenance graph, one page
 * java -jar geoclaims.jar export --to stix claims.json             # one STIX bundle; loss report on stderr
 * java -jar geoclaims.jar import --from claimreview reviews.json   # a geoclaims document
 * }</pre>
 */
@Command(
    name = "geoclaims",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Summarise, trace, draw and validate sourced geopolitical claims in the geoclaims JSON format,"
        + " and convert them to and from schema.org ClaimReview, W3C Web Annotation and STIX 2.1.",
    subcommands = {
      SummaryCommand.class,
      TraceCommand.class,
      GraphCommand.class,
      ValidateCommand.class,
      SchemaCommand.class,
      FixturesCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GeoClaimsCli.EXIT_CODE_OK,
      GeoClaimsCli.EXIT_CODE_INVALID,
      GeoClaimsCli.EXIT_CODE_USAGE,
      GeoClaimsCli.EXIT_CODE_INTERNAL
    },
    footer = {"%nRun 'geoclaims COMMAND --help' for a command's options."})
public final class GeoClaimsCli implements Runnable {

  /** Everything worked; every document read is valid. */
  public static final int OK = 0;
  /** At least one document is invalid; its problems are printed. */
  public static final int INVALID = 1;
  /** A usage error: an unknown option, a missing argument, a file or resource that does not exist or cannot be read. */
  public static final int USAGE = 2;
  /** An unexpected failure of the tool itself. */
  public static final int INTERNAL = 3;

  static final String EXIT_CODE_OK = "0:success; every document read is valid";
  static final String EXIT_CODE_INVALID = "1:a document is invalid (each problem is printed)";
  static final String EXIT_CODE_USAGE = "2:usage error: unknown option or command, missing argument, a file or"
      + " bundled resource that does not exist or cannot be read";
  static final String EXIT_CODE_INTERNAL = "3:internal error (--verbose prints the stack trace)";

  @Spec CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected error.")
  boolean verbose;

  private final InputStream stdin;
  private final boolean interactive;

  /**
   * Creates the tool reading standard input from {@code stdin}; progress is shown on standard error only when
   * {@code interactive}.
   *
   * @param stdin what {@code -} reads
   * @param interactive whether standard error is a terminal
   */
  GeoClaimsCli(InputStream stdin, boolean interactive) {
    this.stdin = stdin;
    this.interactive = interactive;
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine(new GeoClaimsCli(System.in, StandardError.isTerminal())).execute(args));
  }

  /**
   * Returns a configured command line for the tool: exit codes, error handling, case-sensitive options.
   *
   * @param cli the tool
   * @return the command line, ready for {@link CommandLine#execute(String...)}
   */
  static CommandLine commandLine(GeoClaimsCli cli) {
    CommandLine commandLine = new CommandLine(cli);
    commandLine.setExecutionExceptionHandler(GeoClaimsCli::handle);
    commandLine.setUsageHelpWidth(100);
    return commandLine;
  }

  /** Without a command: prints the usage help to standard error and ends with a usage error. */
  @Override
  public void run() {
    spec.commandLine().getErr().println("geoclaims: missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CliException(USAGE, null);
  }

  InputStream stdin() {
    return stdin;
  }

  boolean interactive() {
    return interactive;
  }

  private static int handle(Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (exception instanceof CliException) {
      CliException cliException = (CliException) exception;
      if (cliException.getMessage() != null) {
        err.println(commandName(commandLine) + ": " + cliException.getMessage());
      }
      err.flush();
      return cliException.exitCode();
    }
    err.println(commandName(commandLine) + ": internal error: " + exception);
    if (verbose(parseResult)) {
      exception.printStackTrace(err);
    } else {
      err.println("Run again with --verbose to see the stack trace.");
    }
    err.flush();
    return INTERNAL;
  }

  private static String commandName(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName(" ");
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
