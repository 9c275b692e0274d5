package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.examples.SampleDocuments;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {

  @TempDir Path directory;

  /** sample-b with a claim {@code shipped} whose attribution is relayed from sample-a's White House attribution. */
  private static ClaimDocument relaying(String reference) {
    ClaimDocument second = SampleDocuments.second();
    Claim arrived = second.getClaims().get(0);
    Attribution relayed = arrived.getAttributions().get(0).withId("a-relay").withRelayedFrom(reference);
    return second.withClaims(arrived, arrived.withId("shipped").withAttributions(relayed));
  }

  @Test
  void printsEveryAppearanceTheEchoChainsAndTheCountOfOrigins() {
    SampleDocuments.write(SampleDocuments.first(), directory);
    SampleDocuments.write(relaying("sample-a/a-white-house"), directory);

    Cli.Run run = Cli.run("trace", "shipped", directory.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsSubsequence(
        "shipped appears in 2 places",
        "  North Korea shipped more than 1,000 containers to Russia.",
        "sample-a /claims/0 (earliest date 2023-10-14)",
        "  - White House (a-white-house)",
        "      relays RIA News (a-ria)",
        "          origin: claimant sample-a/ria-news",
        "  - RIA News (a-ria)",
        "      origin: claimant sample-a/ria-news",
        "sample-b /claims/1",
        "  - officials (a-relay)",
        "      relays White House (a-white-house) in sample-a",
        "          relays RIA News (a-ria)",
        "              origin: claimant sample-a/ria-news",
        "independent origins: 1",
        "  claimant sample-a/ria-news");
  }

  @Test
  void anUnresolvedReferenceToAnotherDocumentIsAProblemWithFileAndPointerAndExitCode1() {
    SampleDocuments.write(SampleDocuments.first(), directory);
    Path second = SampleDocuments.write(relaying("sample-c/a-white-house"), directory);

    Cli.Run run = Cli.run("trace", "shipped", directory.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(second + ": /claims/1/attributions/0/relayedFrom: 'sample-c/a-white-house'"
        + " names document 'sample-c', which is not in the corpus; add it, or correct the reference"
        + " [corpus.reference-unresolved]");
    assertThat(run.outLines()).contains("independent origins: 2",
        "      relayed from sample-c/a-white-house, which this corpus cannot resolve: counted once as it stands");
  }

  @Test
  void anUnknownClaimIdExitsWith2AndListsTheNearestKnownIds() {
    Path first = SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("trace", "shiped", first.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "geoclaims trace: no document has a claim 'shiped'; nearest known ids: shipped, nothing-received");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void measuresNearnessByEditDistance() {
    assertThat(TraceCommand.editDistance("shiped", "shipped")).isEqualTo(1);
    assertThat(TraceCommand.editDistance("", "abc")).isEqualTo(3);
    assertThat(TraceCommand.editDistance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  @Tag("fixtures")
  void tracesTheContainersClaimAcrossTheBundledFixtures() {
    Cli.Run run = Cli.run("trace", "nk-shipped-1000-containers-to-russia");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("000_6fa328a5eb9c16d3 /claims/", "001_0131e5b1cbcb00c4 /claims/",
        "origin: ", "independent origins: 2");
  }
}
