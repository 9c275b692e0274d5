package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.examples.SampleDocuments;
import io.github.geoclaims.model.ClaimDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryReportTest {

  private static String report(List<ClaimDocument> documents) {
    StringWriter out = new StringWriter();
    new SummaryReport(documents, ClaimCorpus.of(documents)).print(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void reportsSourcesClaimsAttributionChainsStatusesLinksAndTotals() {
    String report = report(List.of(SampleDocuments.first(), SampleDocuments.second()));

    assertThat(report).isEqualTo(String.join(System.lineSeparator(),
        "=======================",
        "== Containers to Russia",
        "=======================",
        "document sample-a",
        "source: news-article | published by The Daily | published 2023-10-14 | language en"
            + " | https://example.org/containers",
        "2 claims, 4 attributions, 6 actors, 1 source, 1 relation",
        "",
        "[1] shipped (arms-transfer, 2023-09 \"last month\")",
        "    North Korea shipped more than 1,000 containers to Russia.",
        "    about: North Korea (agent), Russia (recipient)",
        "    quantities: more than 1000 containers (\"more than a thousand\")",
        "    status: unverified | independent origins: 1",
        "    - White House asserts (reported-speech, alleged)",
        "        relayed from RIA News (origin)",
        "    - RIA News asserts (reported-speech, reported)",
        "    - Russia dismisses (paraphrase, reported)",
        "    link: contradicts <- nothing-received",
        "    link: supports <- sample-b/arrived-by-rail",
        "",
        "[2] nothing-received (arms-transfer)",
        "    Russia received no munitions from North Korea.",
        "    about: Russia (recipient)",
        "    status: not assessed | independent origins: 1",
        "    - a source close to the Kremlin [identity uncheckable] asserts (anonymous-sourcing, reported)"
            + " hedged: \"a source close to the Kremlin\"",
        "    link: contradicts -> shipped",
        "",
        "===========",
        "== sample-b",
        "===========",
        "document sample-b",
        "source: wire-report | publication date not stated",
        "1 claim, 1 attribution, 1 actor, 1 source, 1 relation",
        "",
        "[1] arrived-by-rail (arms-transfer)",
        "    The containers arrived in Russia by rail.",
        "    status: not assessed | independent origins: 1",
        "    - officials acknowledges (reported-speech, reported)",
        "    link: supports -> sample-a/shipped",
        "",
        "Totals",
        "  documents: 2",
        "  sources: 2",
        "  actors: 7",
        "  claims: 3",
        "  attributions: 5",
        "  relations: 2 (1 across documents)",
        "  claims shared across documents: 0",
        "  problems across documents: 0",
        "  verification: not assessed 2, unverified 1",
        "  stances: asserts 3, acknowledges 1, dismisses 1",
        "  modalities: reported 4, alleged 1",
        ""));
  }

  @Test
  void aClaimIdentifierThatOccursInTwoDocumentsIsLinked() {
    ClaimDocument copy = SampleDocuments.first().withId("sample-c");

    String report = report(List.of(SampleDocuments.first(), copy));

    assertThat(report.lines()).contains("    link: same claim id in sample-c", "    link: same claim id in sample-a",
        "  claims shared across documents: 2");
  }

  @Test
  void anAttributionInAnotherSourceThanTheMainOneNamesItsSource() {
    ClaimDocument document = SampleDocuments.second();
    ClaimDocument withFrontPage = document.withSources(
        document.getSources().get(0).withId("front-page").withTitle("Front page"), document.getSources().get(0));

    assertThat(report(List.of(withFrontPage)).lines()).contains(
        "source: wire-report | publication date not stated",
        "    - officials acknowledges (reported-speech, reported) in wire-report report");
  }

  @Test
  void anEmptyListHasOnlyTotals() {
    assertThat(report(List.of()).lines()).startsWith("Totals", "  documents: 0").contains("  stances: none");
  }
}
