package io.github.geoclaims.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A node of a {@link ProvenanceGraph}.
 *
 * <pre>{@code
 * GraphNode claim = graph.nodes().get(0);
 * claim.kind();        // CLAIM
 * claim.reference();   // nk-shipped-1000-containers-to-russia
 * claim.style();       // unverified (the verification status; "unassessed" when there is none)
 * }</pre>
 *
 * @param id the node's identifier in the graph, unique, such as {@code claim:000_6fa328a5eb9c16d3/nk-...}
 * @param kind what the node stands for
 * @param reference the model's identifier of what it stands for: the claim's, actor's, attribution's, ...
 * @param document the identifier of the document it belongs to
 * @param title the main text: the proposition, the claimant's or actor's name, the source's title, ...
 * @param details further lines of text, such as the stance and mode of an attribution
 * @param style what its colour or badge shows: a claim's verification status, an attribution's stance, a
 *     communication's, actor's or source's kind
 * @param parent the identifier of the node drawn around this one: an attribution's communication
 * @param origin whether the counting rule makes it an independent origin of a claim
 * @param chains the identifiers of the claim nodes whose provenance chain it belongs to
 */
public record GraphNode(String id, NodeKind kind, String reference, String document, String title,
    List<String> details, String style, Optional<String> parent, boolean origin, Set<String> chains) {

  /**
   * Creates a node.
   *
   * @param id the identifier
   * @param kind the kind
   * @param reference the model's identifier
   * @param document the document, or empty
   * @param title the main text
   * @param details further lines
   * @param style the style value
   * @param parent the enclosing node, or empty
   * @param origin whether it is an origin
   * @param chains the claim nodes whose chain it belongs to
   */
  public GraphNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(title, "title");
    details = List.copyOf(details);
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(parent, "parent");
    chains = Set.copyOf(chains);
  }
}
