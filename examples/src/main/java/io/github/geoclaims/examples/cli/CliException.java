package io.github.geoclaims.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;

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

  /**
   * Returns why a file could not be written or a directory created, in words, for a message such as
   * {@code cannot write x.html: permission denied}.
   *
   * @param e what the file system reported
   * @return the reason
   */
  static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName().replace("Exception", "") + (e.getMessage() == null ? "" : " " + e.getMessage());
  }
}
