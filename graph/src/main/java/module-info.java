/**
 * The provenance graph of geoclaims documents ({@code io.github.geoclaims.graph}): what a document or a corpus says
 * about who claims what, through whom and from which origin, as nodes and edges; laid out by the Eclipse Layout
 * Kernel and written as a self-contained HTML page, Graphviz DOT or Mermaid. The layout and the writers are internal.
 */
module io.github.geoclaims.graph {
  requires transitive io.github.geoclaims.core;
  requires org.eclipse.elk.core;
  requires org.eclipse.elk.graph;
  requires org.eclipse.elk.alg.layered;
  requires org.eclipse.emf.common;

  exports io.github.geoclaims.graph;
}
