package io.github.geoclaims.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void buildsValidatesWritesAndReadsBack() throws Exception {
    String output = StandardOutput.capture(() -> QuickStart.main(new String[0]));

    assertThat(output.lines()).contains(
        "violations: 0",
        "  \"id\": \"quickstart\",",
        "read back equal: true",
        "independent origins: 1",
        "claims about Russia: 1");
    assertThat(output).contains("\"stance\": \"dismisses\"", "\"exclusiveMinimum\": 1000");
  }
}
