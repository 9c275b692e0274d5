package io.github.geoclaims.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamingExampleTest {

  @Test
  void writesAndReadsBackClaimByClaim() throws Exception {
    String output = StandardOutput.capture(() -> StreamingExample.main(new String[] {"2000"}));

    assertThat(output.lines()).hasSize(3).first().asString().startsWith("wrote 2000 claims to a file of ");
    assertThat(output.lines()).contains(
        "header: document shipment-log with 3 actors",
        "read 2000 claims one at a time, 200 denied by Russia, then 1 relation");
  }
}
