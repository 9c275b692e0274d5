package io.github.geoclaims.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.ClaimDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceExampleTest {

  @Test
  void countsAnEchoInAnotherDocumentAsTheOriginItRepeats(@TempDir Path directory) throws Exception {
    Path first = SampleDocuments.write(SampleDocuments.first(), directory);
    ClaimDocument second = SampleDocuments.second();
    Attribution relay = second.getClaims().get(0).getAttributions().get(0).withId("a-relay")
        .withRelayedFrom("sample-a/a-white-house");
    Path echo = SampleDocuments.write(second.withClaims(second.getClaims().get(0),
        second.getClaims().get(0).withId("shipped").withAttributions(relay)), directory);

    String output = StandardOutput.capture(() ->
        ProvenanceExample.main(new String[] {"shipped", first.toString(), echo.toString()}));

    assertThat(output.lines()).containsExactly(
        "shipped: North Korea shipped more than 1,000 containers to Russia.",
        "appears in sample-a, sample-b",
        "independent origins: 1",
        "  claimant sample-a/ria-news, reached through:",
        "    white-house in sample-a <- ria-news in sample-a",
        "    ria-news in sample-a",
        "    officials in sample-b <- white-house in sample-a <- ria-news in sample-a");
  }

  @Test
  @Tag("fixtures")
  void answersForTheContainersClaimAcrossTheFixtures() throws Exception {
    String output = StandardOutput.capture(() -> ProvenanceExample.main(new String[0]));

    assertThat(output).startsWith(ProvenanceExample.DEFAULT_CLAIM + ": ")
        .contains("appears in 000_6fa328a5eb9c16d3, 001_0131e5b1cbcb00c4", "independent origins: 2")
        .doesNotContain("problem:");
  }
}
