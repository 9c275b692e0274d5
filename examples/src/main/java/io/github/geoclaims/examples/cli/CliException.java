package io.github.geoclaims.examples.cli;

/**
 * Ends a command with an exit code and, unless the message is {@code null}, one line on standard error
 * ({@code geoclaims validate: no such file: x.json}); never with a stack trace.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
