package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** Failures of the input itself, and of the tool: a clear line, an exit code, a stack trace only on request. */
class ErrorHandlingTest {

  private static Cli.Run run(InputStream stdin, String... args) {
    CommandLine commandLine = GeoClaimsCli.commandLine(new GeoClaimsCli(stdin, false));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Cli.Run(exitCode, out.toString(), err.toString());
  }

  private static InputStream failing(Exception failure) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        if (failure instanceof IOException) {
          throw (IOException) failure;
        }
        throw (RuntimeException) failure;
      }
    };
  }

  @Test
  void anInputThatCannotBeReadIsAUsageError() {
    Cli.Run run = run(failing(new IOException("Input/output error")), "validate", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("geoclaims validate: cannot read <stdin>: Input/output error");
  }

  @Test
  void anUnexpectedFailureIsAnInternalErrorWithoutStackTrace() {
    Cli.Run run = run(failing(new IllegalStateException("boom")), "validate", "-");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.errLines()).containsExactly(
        "geoclaims validate: internal error: java.lang.IllegalStateException: boom",
        "Run again with --verbose to see the stack trace.");
  }

  @Test
  void verboseShowsTheStackTraceOfAnUnexpectedFailure() {
    Cli.Run run = run(failing(new IllegalStateException("boom")), "validate", "--verbose", "-");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.errLines()).first()
        .isEqualTo("geoclaims validate: internal error: java.lang.IllegalStateException: boom");
    assertThat(run.err()).contains("\tat io.github.geoclaims.examples.cli.ErrorHandlingTest");
  }
}
