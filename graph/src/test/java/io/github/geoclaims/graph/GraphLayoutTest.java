package io.github.geoclaims.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.graph.GraphLayout.Box;
import io.github.geoclaims.graph.GraphLayout.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout ELK computes: boxes inside the drawing, children inside their communication, edges from box to box. */
class GraphLayoutTest {

  private final ProvenanceGraph graph = ProvenanceGraph.of(List.of(Documents.article(), Documents.followUp()));
  private final GraphLayout layout = GraphLayout.of(graph);

  @Test
  void everyBoxLiesInsideTheDrawing() {
    for (GraphNode node : graph.nodes()) {
      Box box = layout.boxOf(node.id());
      assertThat(box.x()).as(node.id()).isNotNegative();
      assertThat(box.y()).as(node.id()).isNotNegative();
      assertThat(box.x() + box.width()).as(node.id()).isLessThanOrEqualTo(layout.width());
      assertThat(box.y() + box.height()).as(node.id()).isLessThanOrEqualTo(layout.height());
    }
  }

  @Test
  void anAttributionLiesInsideItsCommunication() {
    Box communication = layout.boxOf("communication:article-doc/ria-report");
    Box attribution = layout.boxOf("attribution:article-doc/a-ria");

    assertThat(communication.reaches(new Point(attribution.x(), attribution.y()), 0)).isTrue();
    assertThat(communication.reaches(new Point(attribution.x() + attribution.width(),
        attribution.y() + attribution.height()), 0)).isTrue();
  }

  @Test
  void everyEdgeStartsAtItsTailsBoxAndEndsAtItsHeads() {
    List<GraphEdge> edges = graph.edges();
    for (int i = 0; i < edges.size(); i++) {
      GraphEdge edge = edges.get(i);
      List<Point> path = layout.pathOf(i);
      assertThat(path).as("%s", edge).hasSizeGreaterThanOrEqualTo(2);
      assertThat(layout.boxOf(edge.tail()).reaches(path.get(0), 1)).as("start of %s", edge).isTrue();
      assertThat(layout.boxOf(edge.head()).reaches(path.get(path.size() - 1), 1)).as("end of %s", edge).isTrue();
    }
  }

  @Test
  void claimBoxesDoNotOverlap() {
    List<GraphNode> claims = graph.nodes().stream().filter(node -> node.kind() == NodeKind.CLAIM).toList();
    for (GraphNode first : claims) {
      for (GraphNode second : claims) {
        if (first != second) {
          Box a = layout.boxOf(first.id());
          Box b = layout.boxOf(second.id());
          boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
              || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
          assertThat(apart).as("%s and %s", first.id(), second.id()).isTrue();
        }
      }
    }
  }
}
