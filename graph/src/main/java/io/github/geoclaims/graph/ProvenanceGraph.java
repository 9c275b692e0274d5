package io.github.geoclaims.graph;

import io.github.geoclaims.graph.internal.DotText;
import io.github.geoclaims.graph.internal.HtmlPage;
import io.github.geoclaims.graph.internal.MermaidText;
import io.github.geoclaims.model.ClaimDocument;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provenance of the claims of a document, or of several documents read as one corpus, as a graph: each claim,
 * its attributions drawn inside the communication they report, the actors who put them forward and the sources they
 * appear in, relay arrows from each attribution down to the one it relays and so to its origin (marked), the
 * relations between claims, and the same claim's appearances in other documents.
 *
 * <p>Origins are the model's: the graph follows {@link io.github.geoclaims.corpus.ClaimCorpus#trace(String)}, which
 * applies the counting rule of {@link io.github.geoclaims.model.Origin} within and across documents. A corpus keeps
 * only its index, not the documents' actors, sources and texts, so the graph is built from the documents themselves.
 *
 * <pre>{@code
 * ProvenanceGraph graph = ProvenanceGraph.of(documents);
 * Files.writeString(Path.of("graph.html"), graph.write(GraphFormat.HTML));   // laid out by ELK
 * String dot = graph.write(GraphFormat.DOT);
 * }</pre>
 */
public final class ProvenanceGraph {

  private final List<GraphNode> nodes;
  private final List<GraphEdge> edges;
  private final List<String> documentIds;
  private final Map<String, GraphNode> byId = new HashMap<>();

  ProvenanceGraph(List<GraphNode> nodes, List<GraphEdge> edges, List<String> documentIds) {
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    this.documentIds = List.copyOf(documentIds);
    this.nodes.forEach(node -> byId.put(node.id(), node));
  }

  /**
   * Returns the graph of one document.
   *
   * @param document the document
   * @return its graph
   */
  public static ProvenanceGraph of(ClaimDocument document) {
    return GraphAssembly.of(List.of(document));
  }

  /**
   * Returns the graph of documents read as one corpus: references between them are followed, and the same claim in
   * several documents is joined.
   *
   * @param documents the documents, in corpus order
   * @return their graph
   */
  public static ProvenanceGraph of(Collection<ClaimDocument> documents) {
    return GraphAssembly.of(List.copyOf(documents));
  }

  /** Returns the nodes; a node drawn inside another comes after it. */
  public List<GraphNode> nodes() {
    return nodes;
  }

  /** Returns the edges. */
  public List<GraphEdge> edges() {
    return edges;
  }

  /** Returns the identifiers of the documents drawn, in corpus order. */
  public List<String> documentIds() {
    return documentIds;
  }

  /**
   * Returns the node with the given identifier.
   *
   * @param id the node's identifier in the graph
   * @return the node, or empty
   */
  public Optional<GraphNode> node(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Writes the graph. {@link GraphFormat#HTML} lays it out first ({@link GraphLayout#of(ProvenanceGraph)}).
   *
   * @param format the format
   * @return the page or text
   */
  public String write(GraphFormat format) {
    return switch (format) {
      case HTML -> HtmlPage.write(this, GraphLayout.of(this));
      case DOT -> DotText.write(this);
      case MERMAID -> MermaidText.write(this);
    };
  }
}
