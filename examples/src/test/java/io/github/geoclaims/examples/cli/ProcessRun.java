package io.github.geoclaims.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What a command printed and returned, when run as a separate process by the integration tests.
 *
 * @param exitCode the exit status
 * @param out standard output, UTF-8
 * @param err standard error, UTF-8
 */
record ProcessRun(int exitCode, String out, String err) {

  /**
   * Runs a command to its end (at most 120 s), with the given bytes on standard input.
   *
   * @param command the program and its arguments
   * @param environment variables added to this process's environment
   * @param stdin what the command reads on standard input
   * @return what it printed and returned
   */
  static ProcessRun of(List<String> command, Map<String, String> environment, byte[] stdin) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Process process = builder.start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin);
    }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not end in 120 s");
    }
    return new ProcessRun(process.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
        new String(err.get(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
