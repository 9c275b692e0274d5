package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What every command shares: help, version, exit codes, errors without stack traces. */
class GeoClaimsCliTest {

  private static final String VERSION_LINE = "geoclaims \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?";

  @ParameterizedTest(name = "geoclaims {0} --help")
  @ValueSource(strings = {"", "summary", "trace", "graph", "validate", "schema", "fixtures"})
  void everyCommandHasHelpListingTheExitCodes(String command) {
    Cli.Run run = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: geoclaims" + (command.isEmpty() ? "" : " " + command))
        .contains("-h, --help", "-V, --version", "Exit codes:", "  0   success",
            "  2   usage error", "  3   internal error");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theTopLevelHelpListsTheCommands() {
    assertThat(Cli.run("--help").out())
        .contains("Commands:", "  summary", "  trace", "  graph", "  validate", "  schema", "  fixtures", "  help",
            "--export DIR");
  }

  @Test
  void everyHelpNamesEveryOptionOfItsCommand() {
    CommandLine top = GeoClaimsCli.commandLine(new GeoClaimsCli(new ByteArrayInputStream(new byte[0]), false));
    for (CommandLine command : top.getSubcommands().values()) {
      String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
      for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
        assertThat(help).as(command.getCommandName() + " --help").contains(option.longestName());
      }
    }
  }

  @Test
  void helpCommandShowsACommandsHelp() {
    Cli.Run run = Cli.run("help", "validate");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: geoclaims validate");
  }

  @ParameterizedTest(name = "geoclaims {0} --version")
  @ValueSource(strings = {"", "summary", "graph", "validate", "schema", "fixtures", "export", "import"})
  void everyCommandHasAVersion(String command) {
    Cli.Run run = command.isEmpty() ? Cli.run("--version") : Cli.run(command, "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).matches(VERSION_LINE).isEqualTo("geoclaims " + VersionProvider.version());
    assertThat(run.outLines().get(1)).startsWith("geoclaims-json on jackson2, Java ");
  }

  @Test
  void withoutACommandItIsAUsageError() {
    Cli.Run run = Cli.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("geoclaims: missing command");
    assertThat(run.err()).contains("Usage: geoclaims");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Cli.Run run = Cli.run("frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument at index 0: 'frobnicate'").doesNotContain("Exception");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli.Run run = Cli.run("validate", "--strict", "x.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--strict'").doesNotContain("Exception");
  }
}
