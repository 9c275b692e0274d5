package io.github.geoclaims.graph;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Where each node and edge of a {@link ProvenanceGraph} is drawn, as computed by the Eclipse Layout Kernel's layered
 * algorithm: a box per node and a polyline per edge, in absolute coordinates (pixels, origin at the top left).
 *
 * <pre>{@code
 * GraphLayout layout = GraphLayout.of(graph);
 * GraphLayout.Box box = layout.boxOf(graph.nodes().get(0).id());
 * }</pre>
 */
public final class GraphLayout {

  /**
   * A node's box.
   *
   * @param x the left edge
   * @param y the top edge
   * @param width the width
   * @param height the height
   */
  public record Box(double x, double y, double width, double height) {

    /**
     * Returns whether a point lies in this box or within {@code tolerance} of it.
     *
     * @param point the point
     * @param tolerance how far outside the box still counts
     * @return whether it is in or on the box
     */
    public boolean reaches(Point point, double tolerance) {
      return point.x() >= x - tolerance && point.x() <= x + width + tolerance
          && point.y() >= y - tolerance && point.y() <= y + height + tolerance;
    }
  }

  /**
   * A point of an edge's polyline.
   *
   * @param x the horizontal coordinate
   * @param y the vertical coordinate
   */
  public record Point(double x, double y) {}

  private final Map<String, Box> boxes;
  private final List<List<Point>> paths;
  private final double width;
  private final double height;

  GraphLayout(Map<String, Box> boxes, List<List<Point>> paths, double width, double height) {
    this.boxes = Map.copyOf(boxes);
    this.paths = paths.stream().map(List::copyOf).toList();
    this.width = width;
    this.height = height;
  }

  /**
   * Lays a graph out with ELK's layered algorithm.
   *
   * @param graph the graph
   * @return the layout
   */
  public static GraphLayout of(ProvenanceGraph graph) {
    return LayeredLayout.layOut(graph);
  }

  /**
   * Returns the box of a node.
   *
   * @param nodeId the node's identifier
   * @return its box
   * @throws NoSuchElementException if the graph has no such node
   */
  public Box boxOf(String nodeId) {
    Box box = boxes.get(nodeId);
    if (box == null) {
      throw new NoSuchElementException("no node '" + nodeId + "' in this layout");
    }
    return box;
  }

  /**
   * Returns the polyline of an edge, from its tail to its head.
   *
   * @param edgeIndex the edge's position in {@link ProvenanceGraph#edges()}
   * @return its points, at least two
   */
  public List<Point> pathOf(int edgeIndex) {
    return paths.get(edgeIndex);
  }

  /** Returns the width of the whole drawing. */
  public double width() {
    return width;
  }

  /** Returns the height of the whole drawing. */
  public double height() {
    return height;
  }
}
