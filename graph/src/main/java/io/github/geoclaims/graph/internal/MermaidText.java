package io.github.geoclaims.graph.internal;

import io.github.geoclaims.graph.GraphEdge;
import io.github.geoclaims.graph.GraphNode;
import io.github.geoclaims.graph.NodeKind;
import io.github.geoclaims.graph.ProvenanceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ProvenanceGraph} as a Mermaid flowchart, left to right: one {@code subgraph} per communication
 * around its attributions, claims coloured by verification status and attributions by stance (class definitions
 * {@code status-*} and {@code stance-*}), origins in the class {@code origin}.
 */
public final class MermaidText {

  private final ProvenanceGraph graph;
  private final TextNames names;
  private final StringBuilder text = new StringBuilder();

  private MermaidText(ProvenanceGraph graph) {
    this.graph = graph;
    this.names = new TextNames(graph);
  }

  /**
   * Writes the graph.
   *
   * @param graph the graph
   * @return its Mermaid text
   */
  public static String write(ProvenanceGraph graph) {
    return new MermaidText(graph).text();
  }

  private String text() {
    text.append("flowchart LR\n");
    for (GraphNode node : graph.nodes()) {
      if (node.parent().isEmpty()) {
        node(node, "  ");
      }
    }
    for (GraphEdge edge : graph.edges()) {
      String arrow = EdgeStyle.arrowed(edge.kind()) ? "-->" : "---";
      text.append("  ").append(names.of(edge.tail()))
          .append(edge.label().isEmpty() ? " " + arrow + " " : " " + arrow + "|" + quote(edge.label()) + "| ")
          .append(names.of(edge.head())).append('\n');
    }
    Palette.STATUSES.forEach((status, colour) -> classDef("status-" + status, "#fffde7", colour));
    Palette.STANCES.forEach((stance, colour) -> classDef("stance-" + stance, "#ffffff", colour));
    text.append("  classDef origin stroke-width:4px\n");
    return text.toString();
  }

  private void node(GraphNode node, String indent) {
    String label = quote(String.join("<br/>", NodeText.caption(node)));
    if (node.kind() == NodeKind.COMMUNICATION) {
      text.append(indent).append("subgraph ").append(names.of(node.id())).append('[').append(label).append("]\n");
      names.childrenOf(node.id()).forEach(child -> node(child, indent + "  "));
      text.append(indent).append("end\n");
    } else {
      text.append(indent).append(names.of(node.id())).append('[').append(label).append("]\n");
    }
    List<String> classes = new ArrayList<>();
    if (node.kind() == NodeKind.CLAIM && Palette.STATUSES.containsKey(node.style())) {
      classes.add("status-" + node.style());
    }
    if (node.kind() == NodeKind.ATTRIBUTION && Palette.STANCES.containsKey(node.style())) {
      classes.add("stance-" + node.style());
    }
    if (node.origin()) {
      classes.add("origin");
    }
    if (!classes.isEmpty()) {
      text.append(indent).append("class ").append(names.of(node.id())).append(' ')
          .append(String.join(",", classes).toLowerCase(Locale.ROOT)).append('\n');
    }
  }

  private void classDef(String name, String fill, String stroke) {
    text.append("  classDef ").append(name).append(" fill:").append(fill).append(",stroke:").append(stroke)
        .append(",stroke-width:2px\n");
  }

  /** Returns a Mermaid quoted label: quotes as {@code #quot;}, so that any text fits. */
  private static String quote(String value) {
    return '"' + value.replace("\"", "#quot;") + '"';
  }
}
