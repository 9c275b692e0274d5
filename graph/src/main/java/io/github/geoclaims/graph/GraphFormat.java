package io.github.geoclaims.graph;

/** The forms a {@link ProvenanceGraph} is written in. */
public enum GraphFormat {
  /** One self-contained HTML page with an inline SVG laid out by ELK; loads nothing from the network. */
  HTML("html"),
  /** Graphviz DOT, for {@code dot -Tsvg}. */
  DOT("dot"),
  /** A Mermaid flowchart, for documentation that renders Mermaid. */
  MERMAID("mmd");

  private final String extension;

  GraphFormat(String extension) {
    this.extension = extension;
  }

  /** Returns the usual file name extension, without the dot: {@code html}, {@code dot} or {@code mmd}. */
  public String extension() {
    return extension;
  }
}
