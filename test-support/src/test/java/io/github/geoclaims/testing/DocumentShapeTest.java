package io.github.geoclaims.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentShapeTest {

  @Test
  void benchmarkShapesHaveAtLeastSixtyActorsAndThreeSourcesAndAFifthAsManyRelationsAsClaims() {
    assertThat(DocumentShape.ofClaims(10)).isEqualTo(new DocumentShape(10, 60, 3, 5, 2, 4_000, true));
    assertThat(DocumentShape.ofClaims(1_000)).isEqualTo(new DocumentShape(1_000, 60, 100, 5, 200, 4_000, true));
    assertThat(DocumentShape.ofClaims(100_000))
        .isEqualTo(new DocumentShape(100_000, 5_000, 10_000, 5, 20_000, 4_000, true));
  }

  @Test
  void withExtensionPropertiesChangesOnlyThatKnob() {
    assertThat(DocumentShape.ofClaims(10).withExtensionProperties(false))
        .isEqualTo(new DocumentShape(10, 60, 3, 5, 2, 4_000, false));
  }

  @Test
  void rejectsShapesNoValidDocumentHas() {
    assertThatThrownBy(() -> new DocumentShape(-1, 1, 1, 1, 0, 1, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("claims must be at least 0 but was -1");
    assertThatThrownBy(() -> new DocumentShape(1, 0, 1, 1, 0, 1, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("actors must be at least 1 but was 0");
    assertThatThrownBy(() -> new DocumentShape(1, 1, 0, 1, 0, 1, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sources must be at least 1 but was 0");
    assertThatThrownBy(() -> new DocumentShape(1, 1, 1, 0, 0, 1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttributionsPerClaim must be at least 1 but was 0");
    assertThatThrownBy(() -> new DocumentShape(1, 1, 1, 1, -1, 1, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("relations must be at least 0 but was -1");
    assertThatThrownBy(() -> new DocumentShape(1, 1, 1, 1, 0, 0, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sourceTextLength must be at least 1 but was 0");
    assertThatThrownBy(() -> new DocumentShape(0, 1, 1, 1, 2, 1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relations start from a claim, but the shape has 2 relations and no claim");
  }
}
