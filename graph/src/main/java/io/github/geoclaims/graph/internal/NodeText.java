package io.github.geoclaims.graph.internal;

import io.github.geoclaims.graph.GraphNode;
import io.github.geoclaims.graph.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a node as it is drawn, wrapped to the node's width, and the size of the box it needs. The layout sizes
 * the boxes with it and the page draws the same lines, so that text and boxes agree. Widths are estimated from an
 * average character width of the page's 12 px sans-serif font, since the page may use any installed font.
 *
 * @param title the main text, wrapped and cut to the node's lines
 * @param details the further lines, each cut to the node's width
 * @param width the box's width
 * @param height the box's height (for a communication: the height of its header)
 */
public record NodeText(List<String> title, List<String> details, double width, double height) {

  /** The height of a line of text. */
  public static final double LINE = 15;
  /** The space between a box's border and its text. */
  public static final double PADDING = 8;
  /** The badge of an origin. */
  public static final String ORIGIN = "◆ origin";
  /** The estimated average width of a character. */
  private static final double CHARACTER = 7.0;

  /**
   * Creates a node's text.
   *
   * @param title the title lines
   * @param details the detail lines
   * @param width the width
   * @param height the height
   */
  public NodeText {
    title = List.copyOf(title);
    details = List.copyOf(details);
  }

  /**
   * Returns how a node is drawn.
   *
   * @param node the node
   * @return its lines and size
   */
  public static NodeText of(GraphNode node) {
    double width = switch (node.kind()) {
      case CLAIM -> 260;
      case ATTRIBUTION -> 170;
      case COMMUNICATION -> 190;
      case ACTOR -> 150;
      case SOURCE -> 200;
    };
    int titleLines = switch (node.kind()) {
      case CLAIM -> 4;
      case COMMUNICATION -> 1;
      default -> 2;
    };
    int columns = (int) ((width - 2 * PADDING) / CHARACTER);
    List<String> title = wrap(node.title(), columns, titleLines);
    List<String> details = new ArrayList<>();
    for (String detail : node.details()) {
      details.addAll(wrap(detail, columns, node.kind() == NodeKind.COMMUNICATION ? 2 : 1));
    }
    int badges = badge(node).isPresent() ? 1 : 0;
    double height = 2 * PADDING + LINE * (title.size() + details.size() + badges);
    return new NodeText(title, details, width, height);
  }

  /**
   * Returns the badge drawn above a node's title: a claim's verification status, or the mark of an origin.
   *
   * @param node the node
   * @return the badge's text, or empty for a node without one
   */
  public static Optional<String> badge(GraphNode node) {
    if (node.kind() == NodeKind.CLAIM) {
      return Optional.of(node.style().replace('-', ' '));
    }
    return node.origin() ? Optional.of(ORIGIN) : Optional.empty();
  }

  /**
   * Returns a node's text in full, one item a line, for the text formats: its badge, its title and its details.
   *
   * @param node the node
   * @return the lines
   */
  public static List<String> caption(GraphNode node) {
    List<String> lines = new ArrayList<>();
    badge(node).map(badge -> "[" + badge + "]").ifPresent(lines::add);
    lines.add(node.title());
    lines.addAll(node.details());
    return lines;
  }

  /** Wraps text at spaces into at most {@code lines} lines of at most {@code columns} characters; … marks a cut. */
  static List<String> wrap(String text, int columns, int lines) {
    List<String> wrapped = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > columns) {
        wrapped.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    wrapped.add(line.toString());
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < Math.min(lines, wrapped.size()); i++) {
      String current = wrapped.get(i);
      boolean cut = current.length() > columns || (i == lines - 1 && wrapped.size() > lines);
      kept.add(cut ? current.substring(0, Math.min(current.length(), columns - 1)).stripTrailing() + "…" : current);
    }
    return kept;
  }
}
