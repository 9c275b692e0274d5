package io.github.geoclaims.graph.internal;

import io.github.geoclaims.graph.EdgeKind;
import io.github.geoclaims.graph.GraphEdge;
import io.github.geoclaims.graph.GraphNode;
import io.github.geoclaims.graph.ProvenanceGraph;
import java.util.Optional;

/** How an edge is drawn in every format: whether it has an arrowhead, and its colour when its kind gives one. */
final class EdgeStyle {

  private EdgeStyle() {}

  /** Returns whether the edge is an arrow: it puts forward, relays or relates; the others are plain lines. */
  static boolean arrowed(EdgeKind kind) {
    return kind == EdgeKind.PUTS_FORWARD || kind == EdgeKind.RELAYS || kind == EdgeKind.RELATION;
  }

  /**
   * Returns the colour an edge takes from what it says: an attribution's stance, a relation's kind.
   *
   * @return the colour, or empty for the kinds drawn in their fixed style
   */
  static Optional<String> colour(GraphEdge edge, ProvenanceGraph graph) {
    return switch (edge.kind()) {
      case PUTS_FORWARD -> graph.node(edge.tail()).map(GraphNode::style)
          .map(stance -> Palette.colour(Palette.STANCES, stance));
      case RELATION -> Optional.of(Palette.colour(Palette.RELATIONS, edge.label()));
      default -> Optional.empty();
    };
  }
}
