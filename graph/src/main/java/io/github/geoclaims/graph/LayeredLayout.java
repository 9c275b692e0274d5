package io.github.geoclaims.graph;

import io.github.geoclaims.graph.GraphLayout.Box;
import io.github.geoclaims.graph.GraphLayout.Point;
import io.github.geoclaims.graph.internal.NodeText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link ProvenanceGraph} out with the Eclipse Layout Kernel's layered algorithm, left to right: actors and
 * sources, then the attributions (origins before the attributions that relay them), then the claims. Communications are nodes that contain their attributions; edges may cross into
 * them ({@link HierarchyHandling#INCLUDE_CHILDREN}). ELK places every node and routes every edge but those between
 * two claims (relations, the same claim in another document), which are drawn as arcs between the boxes ELK placed.
 */
final class LayeredLayout {

  /** The space around the drawing and inside a communication, besides its header. */
  private static final double MARGIN = 12;
  /**
   * The number of nodes above which ELK tries one ordering of each layer instead of its default seven (thoroughness
   * 1): the layout of 1,000 claims takes about two thirds of the time, for a drawing read by zooming in anyway.
   */
  private static final int LARGE = 1_000;
  /** The points of the polyline that draws an arc between two claims. */
  private static final int ARC_POINTS = 16;

  static {
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private LayeredLayout() {}

  static GraphLayout layOut(ProvenanceGraph graph) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(LayeredOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 16.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
    root.setProperty(LayeredOptions.PADDING, new ElkPadding(MARGIN));
    if (graph.nodes().size() > LARGE) {
      root.setProperty(LayeredOptions.THOROUGHNESS, 1);
    }
    Map<String, ElkNode> shapes = new LinkedHashMap<>();
    for (GraphNode node : graph.nodes()) {
      ElkNode parent = node.parent().map(shapes::get).orElse(root);
      ElkNode shape = ElkGraphUtil.createNode(parent);
      NodeText text = NodeText.of(node);
      if (node.kind() == NodeKind.COMMUNICATION) {
        shape.setProperty(CoreOptions.PADDING, new ElkPadding(text.height(), MARGIN, MARGIN, MARGIN));
        shape.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
        shape.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(text.width(), text.height() + MARGIN));
      }
      shape.setDimensions(text.width(), text.height());
      shapes.put(node.id(), shape);
    }
    Map<GraphEdge, ElkEdge> edges = new HashMap<>();
    for (GraphEdge edge : graph.edges()) {
      if (isArc(edge)) {
        continue;
      }
      ElkNode tail = shapes.get(edge.tail());
      ElkNode head = shapes.get(edge.head());
      // A relay points toward the origin; laid out the other way, so that origins come first.
      edges.put(edge, reversed(edge) ? ElkGraphUtil.createSimpleEdge(head, tail)
          : ElkGraphUtil.createSimpleEdge(tail, head));
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    Map<String, Box> boxes = new HashMap<>();
    shapes.forEach((id, shape) -> {
      KVector at = absolute(shape);
      boxes.put(id, new Box(at.x, at.y, shape.getWidth(), shape.getHeight()));
    });
    List<List<Point>> paths = new ArrayList<>();
    double width = root.getWidth();
    for (GraphEdge edge : graph.edges()) {
      List<Point> path = isArc(edge) ? arc(boxes.get(edge.tail()), boxes.get(edge.head())) : path(edges.get(edge));
      if (reversed(edge)) {
        Collections.reverse(path);
      }
      for (Point point : path) {
        width = Math.max(width, point.x() + MARGIN);
      }
      paths.add(path);
    }
    return new GraphLayout(boxes, paths, width, root.getHeight());
  }

  private static boolean reversed(GraphEdge edge) {
    return edge.kind() == EdgeKind.RELAYS;
  }

  /**
   * Returns whether an edge joins two claims: those are left out of the layering, so that a chain of relations does
   * not push each claim a layer further from its own attributions; they are drawn as arcs on the claims' right.
   */
  private static boolean isArc(GraphEdge edge) {
    return edge.kind() == EdgeKind.RELATION || edge.kind() == EdgeKind.SAME_CLAIM;
  }

  /**
   * Returns an arc from the right side of one box to the right side of another, bulging right in proportion to the
   * distance it spans: a cubic Bézier curve, as a polyline of {@value #ARC_POINTS} points.
   */
  private static List<Point> arc(Box tail, Box head) {
    double startX = tail.x() + tail.width();
    double startY = tail.y() + tail.height() / 2;
    double endX = head.x() + head.width();
    double endY = head.y() + head.height() / 2;
    double bulge = Math.max(startX, endX) + 30 + Math.abs(endY - startY) * 0.12;
    List<Point> points = new ArrayList<>();
    for (int i = 0; i <= ARC_POINTS - 1; i++) {
      double t = i / (double) (ARC_POINTS - 1);
      double u = 1 - t;
      double x = u * u * u * startX + 3 * u * u * t * bulge + 3 * u * t * t * bulge + t * t * t * endX;
      double y = u * u * u * startY + 3 * u * u * t * startY + 3 * u * t * t * endY + t * t * t * endY;
      points.add(new Point(x, y));
    }
    return points;
  }

  /** Returns the points of an edge in absolute coordinates: ELK gives them relative to the edge's container. */
  private static List<Point> path(ElkEdge edge) {
    KVector offset = absolute(edge.getContainingNode());
    List<Point> points = new ArrayList<>();
    for (ElkEdgeSection section : edge.getSections()) {
      points.add(new Point(offset.x + section.getStartX(), offset.y + section.getStartY()));
      for (ElkBendPoint bend : section.getBendPoints()) {
        points.add(new Point(offset.x + bend.getX(), offset.y + bend.getY()));
      }
      points.add(new Point(offset.x + section.getEndX(), offset.y + section.getEndY()));
    }
    return points;
  }

  /** Returns where a node's top left corner is in the root's coordinates. */
  private static KVector absolute(ElkNode node) {
    KVector at = new KVector();
    for (ElkNode current = node; current != null && current.getParent() != null; current = current.getParent()) {
      at.x += current.getX();
      at.y += current.getY();
    }
    return at;
  }
}
