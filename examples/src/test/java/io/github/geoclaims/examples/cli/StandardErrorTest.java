package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardErrorTest {

  @Test
  void aDescriptorLinkedToAPseudoTerminalIsATerminal(@TempDir Path dir) throws IOException {
    Path descriptor = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"));
    assertThat(StandardError.isTerminal(descriptor, false)).isTrue();
  }

  @Test
  void aDescriptorLinkedToAFileOrPipeIsNotATerminal(@TempDir Path dir) throws IOException {
    Path file = Files.createSymbolicLink(dir.resolve("2"), dir.resolve("errors.log"));
    Path pipe = Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[123456]"));
    assertThat(StandardError.isTerminal(file, true)).isFalse();
    assertThat(StandardError.isTerminal(pipe, true)).isFalse();
  }

  @Test
  void withoutADescriptorLinkTheConsoleDecides(@TempDir Path dir) {
    assertThat(StandardError.isTerminal(dir.resolve("none"), true)).isTrue();
    assertThat(StandardError.isTerminal(dir.resolve("none"), false)).isFalse();
  }
}
