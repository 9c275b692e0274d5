package io.github.geoclaims.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs code with {@link System#out} captured, for the tests of the examples' {@code main} methods. */
public final class StandardOutput {

  /** Code that may throw. */
  @FunctionalInterface
  public interface Action {
    void run() throws Exception;
  }

  private StandardOutput() {}

  /** Runs the action and returns what it printed to standard output. */
  public static synchronized String capture(Action action) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      action.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
