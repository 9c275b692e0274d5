package io.github.geoclaims.graph.internal;

import io.github.geoclaims.graph.GraphNode;
import io.github.geoclaims.graph.ProvenanceGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the text formats need besides the graph: a short name per node ({@code n0}, {@code n1}, ..., since node
 * identifiers hold characters that DOT and Mermaid would need quoted or cannot take), and the nodes drawn inside
 * each communication.
 */
final class TextNames {

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, List<GraphNode>> children = new HashMap<>();

  TextNames(ProvenanceGraph graph) {
    for (GraphNode node : graph.nodes()) {
      names.put(node.id(), "n" + names.size());
      node.parent().ifPresent(parent -> children.computeIfAbsent(parent, id -> new ArrayList<>()).add(node));
    }
  }

  /** Returns the short name of the node with the given identifier. */
  String of(String nodeId) {
    return names.get(nodeId);
  }

  /** Returns the nodes drawn inside the node with the given identifier, in graph order. */
  List<GraphNode> childrenOf(String nodeId) {
    return children.getOrDefault(nodeId, List.of());
  }
}
