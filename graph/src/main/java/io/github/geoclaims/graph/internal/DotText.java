package io.github.geoclaims.graph.internal;

import io.github.geoclaims.graph.GraphEdge;
import io.github.geoclaims.graph.GraphNode;
import io.github.geoclaims.graph.NodeKind;
import io.github.geoclaims.graph.ProvenanceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ProvenanceGraph} as Graphviz DOT: one {@code cluster} per communication around its attributions,
 * the same colours as the page, origins with a bold double border. Graphviz lays it out ({@code dot -Tsvg}).
 */
public final class DotText {

  private final ProvenanceGraph graph;
  private final TextNames names;
  private final StringBuilder text = new StringBuilder();

  private DotText(ProvenanceGraph graph) {
    this.graph = graph;
    this.names = new TextNames(graph);
  }

  /**
   * Writes the graph.
   *
   * @param graph the graph
   * @return its DOT text
   */
  public static String write(ProvenanceGraph graph) {
    return new DotText(graph).text();
  }

  private String text() {
    text.append("digraph provenance {\n  rankdir=LR;\n")
        .append("  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"sans-serif\", fontsize=10];\n")
        .append("  edge [fontname=\"sans-serif\", fontsize=9];\n");
    for (GraphNode node : graph.nodes()) {
      if (node.parent().isEmpty()) {
        node(node, "  ");
      }
    }
    for (GraphEdge edge : graph.edges()) {
      text.append("  ").append(names.of(edge.tail())).append(" -> ").append(names.of(edge.head())).append(" [");
      List<String> attributes = new ArrayList<>();
      if (!edge.label().isEmpty()) {
        attributes.add("label=" + quote(edge.label()));
      }
      EdgeStyle.colour(edge, graph).ifPresent(colour -> attributes.add("color=" + quote(colour)));
      if (!EdgeStyle.arrowed(edge.kind())) {
        attributes.add("arrowhead=none, style=dashed");
      }
      text.append(String.join(", ", attributes)).append("];\n");
    }
    return text.append("}\n").toString();
  }

  private void node(GraphNode node, String indent) {
    String label = quote(String.join("\n", NodeText.caption(node)));
    if (node.kind() == NodeKind.COMMUNICATION) {
      text.append(indent).append("subgraph cluster_").append(names.of(node.id())).append(" {\n")
          .append(indent).append("  label=").append(label).append("; style=\"dashed,rounded\"")
          .append(node.origin() ? "; penwidth=3" : "").append(";\n");
      names.childrenOf(node.id()).forEach(child -> node(child, indent + "  "));
      text.append(indent).append("}\n");
      return;
    }
    String colour = switch (node.kind()) {
      case CLAIM -> Palette.colour(Palette.STATUSES, node.style());
      case ATTRIBUTION -> Palette.colour(Palette.STANCES, node.style());
      default -> "#9e9e9e";
    };
    String fill = switch (node.kind()) {
      case CLAIM -> "#fffde7";
      case ACTOR -> "#eceff1";
      case SOURCE -> "#f1f8e9";
      default -> "white";
    };
    text.append(indent).append(names.of(node.id())).append(" [label=").append(label)
        .append(", color=").append(quote(colour)).append(", fillcolor=").append(quote(fill))
        .append(node.origin() ? ", peripheries=2, penwidth=2" : "")
        .append(", tooltip=").append(quote(node.kind().name().toLowerCase(Locale.ROOT) + " " + node.reference()))
        .append("];\n");
  }

  /** Returns a DOT quoted string: backslashes and quotes escaped, line breaks as {@code \n}. */
  private static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
