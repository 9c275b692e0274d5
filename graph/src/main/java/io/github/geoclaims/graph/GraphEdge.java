package io.github.geoclaims.graph;

import java.util.Objects;
import java.util.Set;

/**
 * An edge of a {@link ProvenanceGraph}, from the node {@code tail} to the node {@code head}.
 *
 * @param tail the identifier of the node it starts from
 * @param head the identifier of the node it points to
 * @param kind what it says
 * @param label its text: a relation's kind, the stance with which an attribution puts its claim forward; may be empty
 * @param chains the identifiers of the claim nodes whose provenance chain it belongs to
 */
public record GraphEdge(String tail, String head, EdgeKind kind, String label, Set<String> chains) {

  /**
   * Creates an edge.
   *
   * @param tail the node it starts from
   * @param head the node it points to
   * @param kind the kind
   * @param label the text, or empty
   * @param chains the claim nodes whose chain it belongs to
   */
  public GraphEdge {
    Objects.requireNonNull(tail, "tail");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    chains = Set.copyOf(chains);
  }
}
