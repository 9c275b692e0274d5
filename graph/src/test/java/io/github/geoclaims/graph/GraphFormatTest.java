package io.github.geoclaims.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The three formats write the same graph; the page is self-contained and marks claims and actors for tests. */
class GraphFormatTest {

  private static final Pattern URL = Pattern.compile("(https?:)?//[^\\s\"')<]+");

  private final ProvenanceGraph graph = ProvenanceGraph.of(List.of(Documents.article(), Documents.followUp()));

  @Test
  void thePageNamesNoAddressButTheSvgNamespace() {
    String page = graph.write(GraphFormat.HTML);

    Matcher urls = URL.matcher(page);
    while (urls.find()) {
      assertThat(urls.group()).isEqualTo("http://www.w3.org/2000/svg");
    }
    assertThat(page).doesNotContain("<link", " src=", "@import", "@font-face")
        .startsWith("<!DOCTYPE html>").contains("<svg class=\"provenance\"", "<script>", "<style>");
  }

  @Test
  void thePageMarksEveryClaimAndActorNode() {
    String page = graph.write(GraphFormat.HTML);

    assertThat(page).contains("data-claim=\"shipped\" data-document=\"article-doc\"",
        "data-claim=\"shipped\" data-document=\"follow-up\"", "data-claim=\"nothing-shipped\"",
        "data-actor=\"ria\"", "data-actor=\"white-house\"", "data-actor=\"kremlin\"", "data-actor=\"outlet\"");
  }

  @Test
  void thePageEscapesTheDocumentsText() {
    assertThat(graph.write(GraphFormat.HTML)).contains("Arms &amp; &lt;containers&gt;")
        .doesNotContain("<containers>");
  }

  @Test
  void dotDrawsEachCommunicationAsAClusterAndEveryEdge() {
    String dot = graph.write(GraphFormat.DOT);

    assertThat(dot).startsWith("digraph provenance {").endsWith("}\n").contains("subgraph cluster_", "rankdir=LR")
        .contains("label=\"Arms & <containers>\\nnews article · article-doc\"");
    assertThat(dot.lines().filter(line -> line.contains(" -> "))).hasSize(graph.edges().size());
  }

  @Test
  void mermaidDrawsEachCommunicationAsASubgraphAndEveryEdge() {
    String mermaid = graph.write(GraphFormat.MERMAID);

    assertThat(mermaid).startsWith("flowchart LR\n").contains("subgraph ", "  end\n", "|\"denies\"|",
        "classDef origin");
    assertThat(mermaid.lines().filter(line -> line.contains("-->") || line.contains("---")))
        .hasSize(graph.edges().size());
  }

  @Test
  void mermaidQuotesQuotationMarks() {
    ProvenanceGraph quoting = ProvenanceGraph.of(Documents.article().withTitle("x")
        .withSources(Documents.article().getSources().get(0).withTitle("The \"deal\"")));

    assertThat(quoting.write(GraphFormat.MERMAID)).contains("The #quot;deal#quot;");
  }
}
