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
 * sources, then the attributions (origins before the attributions that relay them), then the claims, and claims
 * that others relate to after those. Communications are nodes that contain their attributions; edges may cross into
 * them ({@link HierarchyHandling#INCLUDE_CHILDREN}).
 */
final class LayeredLayout {

  /** The space around the drawing and inside a communication, besides its header. */
  private static final double MARGIN = 12;

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
    List<ElkEdge> edges = new ArrayList<>();
    for (GraphEdge edge : graph.edges()) {
      ElkNode tail = shapes.get(edge.tail());
      ElkNode head = shapes.get(edge.head());
      // A relay points toward the origin; laid out the other way, so that origins come first.
      edges.add(reversed(edge) ? ElkGraphUtil.createSimpleEdge(head, tail) : ElkGraphUtil.createSimpleEdge(tail, head));
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    Map<String, Box> boxes = new HashMap<>();
    shapes.forEach((id, shape) -> {
      KVector at = absolute(shape);
      boxes.put(id, new Box(at.x, at.y, shape.getWidth(), shape.getHeight()));
    });
    List<List<Point>> paths = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      List<Point> path = path(edges.get(i));
      if (reversed(graph.edges().get(i))) {
        Collections.reverse(path);
      }
      paths.add(path);
    }
    return new GraphLayout(boxes, paths, root.getWidth(), root.getHeight());
  }

  private static boolean reversed(GraphEdge edge) {
    return edge.kind() == EdgeKind.RELAYS;
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
