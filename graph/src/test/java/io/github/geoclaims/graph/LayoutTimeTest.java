package io.github.geoclaims.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.testing.DocumentGenerator;
import io.github.geoclaims.testing.DocumentShape;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Large graphs lay out in seconds, not minutes: the bound, held on a generated document of 1,000 claims. */
class LayoutTimeTest {

  @Test
  void aThousandClaimsLayOutInSeconds() {
    ClaimDocument document = new DocumentGenerator(20261123L).validDocument(DocumentShape.ofClaims(1_000));
    ProvenanceGraph graph = ProvenanceGraph.of(document);

    long start = System.nanoTime();
    GraphLayout layout = GraphLayout.of(graph);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    System.out.printf("layout of %d nodes and %d edges (1,000 claims): %d ms%n", graph.nodes().size(),
        graph.edges().size(), took.toMillis());
    assertThat(layout.width()).isPositive();
    assertThat(took).isLessThan(Duration.ofSeconds(60));
  }
}
