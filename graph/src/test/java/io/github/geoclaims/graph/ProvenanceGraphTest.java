package io.github.geoclaims.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the graph holds: the model's claims, attributions, relays, origins and relations, and nothing invented. */
class ProvenanceGraphTest {

  private final ProvenanceGraph graph = ProvenanceGraph.of(Documents.article());

  @Test
  void everyClaimIsANodeWithItsVerificationStatusOrUnassessed() {
    assertThat(graph.node("claim:article-doc/shipped")).get()
        .satisfies(node -> assertThat(node.kind()).isEqualTo(NodeKind.CLAIM))
        .satisfies(node -> assertThat(node.style()).isEqualTo("disputed"))
        .satisfies(node -> assertThat(node.details()).contains("independent origins: 1"));
    assertThat(graph.node("claim:article-doc/nothing-shipped")).get()
        .satisfies(node -> assertThat(node.style()).isEqualTo(GraphAssembly.UNASSESSED));
  }

  @Test
  void anAttributionIsDrawnInsideTheCommunicationItReports() {
    assertThat(graph.node("attribution:article-doc/a-ria").orElseThrow().parent())
        .contains("communication:article-doc/ria-report");
    assertThat(graph.node("attribution:article-doc/a-white-house").orElseThrow().parent()).isEmpty();
  }

  @Test
  void relaysPointFromEachAttributionToTheOneItRelays() {
    assertThat(edges(EdgeKind.RELAYS)).containsExactlyInAnyOrder(
        "attribution:article-doc/a-article -> attribution:article-doc/a-white-house",
        "attribution:article-doc/a-white-house -> attribution:article-doc/a-ria");
  }

  @Test
  void onlyTheAttributionsNoOtherRelaysPointAtTheClaim() {
    assertThat(edges(EdgeKind.PUTS_FORWARD)).containsExactlyInAnyOrder(
        "attribution:article-doc/a-article -> claim:article-doc/shipped",
        "attribution:article-doc/a-kremlin -> claim:article-doc/shipped",
        "attribution:article-doc/a-kremlin-denial -> claim:article-doc/nothing-shipped");
  }

  @Test
  void originsAreWhereTheModelsTraceEndsAndNothingElse() {
    assertThat(graph.nodes()).filteredOn(GraphNode::origin).extracting(GraphNode::id).containsExactlyInAnyOrder(
        "attribution:article-doc/a-ria", "communication:article-doc/ria-report",
        "attribution:article-doc/a-kremlin-denial");
  }

  @Test
  void aClaimsChainHoldsItsAttributionsTheirCommunicationsClaimantsAndSourcesButNotOtherClaims() {
    String shipped = "claim:article-doc/shipped";
    assertThat(graph.nodes()).filteredOn(node -> node.chains().contains(shipped)).extracting(GraphNode::id)
        .contains(shipped, "attribution:article-doc/a-article", "attribution:article-doc/a-ria",
            "communication:article-doc/ria-report", "actor:article-doc/ria", "source:article-doc/article")
        .doesNotContain("claim:article-doc/nothing-shipped", "attribution:article-doc/a-kremlin-denial");
    assertThat(graph.edges()).filteredOn(edge -> edge.chains().contains(shipped))
        .allMatch(edge -> edge.kind() != EdgeKind.RELATION);
  }

  @Test
  void relationsJoinTheirClaimsWithTheirKindAsLabel() {
    assertThat(graph.edges()).filteredOn(edge -> edge.kind() == EdgeKind.RELATION).singleElement()
        .satisfies(edge -> assertThat(edge.label()).isEqualTo("denies"))
        .satisfies(edge -> assertThat(edge.tail()).isEqualTo("claim:article-doc/nothing-shipped"));
  }

  @Test
  void aCorpusFollowsRelaysIntoOtherDocumentsAndJoinsTheSameClaim() {
    ProvenanceGraph corpus = ProvenanceGraph.of(List.of(Documents.article(), Documents.followUp()));

    assertThat(corpus.edges()).extracting(edge -> edge.tail() + " " + edge.kind() + " " + edge.head()).contains(
        "attribution:follow-up/b-relay RELAYS attribution:article-doc/a-white-house",
        "claim:article-doc/shipped SAME_CLAIM claim:follow-up/shipped");
    assertThat(corpus.node("attribution:article-doc/a-ria").orElseThrow().chains())
        .contains("claim:article-doc/shipped", "claim:follow-up/shipped");
    assertThat(corpus.documentIds()).containsExactly("article-doc", "follow-up");
  }

  @Test
  void everyEdgeJoinsTwoNodesOfTheGraph() {
    assertThat(graph.edges()).allMatch(edge -> graph.node(edge.tail()).isPresent()
        && graph.node(edge.head()).isPresent());
  }

  private List<String> edges(EdgeKind kind) {
    return graph.edges().stream().filter(edge -> edge.kind() == kind)
        .map(edge -> edge.tail() + " -> " + edge.head()).toList();
  }
}
