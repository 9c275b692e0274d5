package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.examples.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Progress on standard error, for input that takes more than half a second to arrive: shown when standard error is a
 * terminal, for a named file as for standard input, and never otherwise.
 */
class ProgressTest {

  /** A fixture that arrives in eight pieces a tenth of a second apart: about 0.8 s in all. */
  private static InputStream slowFixture() {
    byte[] bytes = Fixtures.json(Fixtures.ids().get(0)).getBytes(StandardCharsets.UTF_8);
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] buffer, int offset, int length) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return super.read(buffer, offset, Math.min(length, bytes.length / 8 + 1));
      }
    };
  }

  private static Cli.Run run(boolean terminal, String... args) {
    CommandLine commandLine = GeoClaimsCli.commandLine(new GeoClaimsCli(slowFixture(), terminal));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return new Cli.Run(commandLine.execute(args), out.toString(), err.toString());
  }

  @Test
  void validatingStandardInputShowsProgressOnATerminalAndErasesIt() {
    Cli.Run run = run(true, "validate", "-");
    assertThat(run.exitCode()).isEqualTo(GeoClaimsCli.OK);
    assertThat(run.err()).contains("\rgeoclaims validate: reading <stdin>: ").contains(" read; checking the rules")
        .endsWith("\r");
    assertThat(run.err().replaceAll("[^\\r]*\\r", "").strip()).isEmpty();
    assertThat(run.out()).isEqualTo("<stdin>: valid" + System.lineSeparator());
  }

  @Test
  void summarisingStandardInputShowsProgressOnATerminal() {
    Cli.Run run = run(true, "summary", "-");
    assertThat(run.exitCode()).isEqualTo(GeoClaimsCli.OK);
    assertThat(run.err()).contains("\rgeoclaims summary: reading <stdin>: ");
  }

  @Test
  void noProgressIsShownWhenStandardErrorIsNotATerminal() {
    assertThat(run(false, "validate", "-").err()).isEmpty();
    assertThat(run(false, "summary", "-").err()).isEmpty();
  }

  @Test
  void progressNamesTheShareOfAFileOfKnownSize() {
    StringWriter err = new StringWriter();
    try (InputStream in = Progress.wrap(slowFixture(), true, new PrintWriter(err, true), "reading f", OptionalLong.of(
        Fixtures.json(Fixtures.ids().get(0)).getBytes(StandardCharsets.UTF_8).length))) {
      in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(err.toString()).containsPattern("reading f: \\d+\\.\\d MB of \\d+\\.\\d MB \\(\\d+%\\)");
  }
}
