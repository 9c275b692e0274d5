package io.github.geoclaims.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the tool's standard error is a terminal, which decides whether progress is shown there.
 *
 * <p>{@code System.console()} cannot tell: it is {@code null} as soon as standard input or standard output is
 * redirected, so {@code geoclaims validate - < big.json} and {@code geoclaims summary big.json | less} would show no
 * progress on the terminal that standard error still is. On Linux the file descriptor's link names the device
 * ({@code /dev/pts/3}); elsewhere the console decides.
 */
final class StandardError {

  /** The link to the process's standard error on Linux. */
  static final Path LINUX_DESCRIPTOR = Path.of("/proc/self/fd/2");

  private StandardError() {}

  /** Returns {@code true} if standard error is a terminal. */
  static boolean isTerminal() {
    return isTerminal(LINUX_DESCRIPTOR, System.console() != null);
  }

  /**
   * Returns {@code true} if the file descriptor link {@code descriptor} names a terminal device; {@code otherwise}
   * where there is no such link to read.
   */
  static boolean isTerminal(Path descriptor, boolean otherwise) {
    try {
      String device = Files.readSymbolicLink(descriptor).toString();
      return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return otherwise;
    }
  }
}
