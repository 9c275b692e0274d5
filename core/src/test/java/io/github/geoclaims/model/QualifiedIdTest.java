package io.github.geoclaims.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualifiedIdTest {

  @Test
  void splitsAGlobalReferenceAtTheFirstSlash() {
    QualifiedId id = QualifiedId.parse("000_6fa328a5eb9c16d3/ria-report");
    assertThat(id.getDocument()).contains("000_6fa328a5eb9c16d3");
    assertThat(id.getLocalId()).isEqualTo("ria-report");
    assertThat(id).hasToString("000_6fa328a5eb9c16d3/ria-report").isEqualTo(QualifiedId.of("000_6fa328a5eb9c16d3",
        "ria-report"));
  }

  @Test
  void aLocalReferenceNamesNoDocumentUntilQualified() {
    QualifiedId id = QualifiedId.parse("kirby");
    assertThat(id.getDocument()).isEmpty();
    assertThat(id.in("003")).isEqualTo(QualifiedId.of("003", "kirby"));
    assertThat(id.isElsewhere("003")).isFalse();
    assertThat(QualifiedId.parse("000/x").isElsewhere("003")).isTrue();
    assertThat(QualifiedId.parse("003/x").isElsewhere("003")).isFalse();
    assertThat(QualifiedId.parse("000/x").in("003")).hasToString("000/x");
  }
}
