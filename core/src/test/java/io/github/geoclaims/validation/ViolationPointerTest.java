package io.github.geoclaims.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViolationPointerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "''|''",
      "id|/id",
      "claims[3].attributions[0].quote|/claims/3/attributions/0/quote",
      "claims[0].attributions[0].quote.exact|/claims/0/attributions/0/quote/exact",
      "actors[0].aliases[0].<list element>|/actors/0/aliases/0",
      "actors[0].extensions<K>[nox].<map key>|/actors/0/nox",
      "actors[0].extensions<K>[x-a/b~c].<map key>|/actors/0/x-a~1b~0c",
      "extensions[x-a.b].<map value>|/x-a.b",
      "extensions<K>[a/b~c].<map key>|/a~1b~0c",
      "sources[1].citations[0].url|/sources/1/citations/0/url"})
  void propertyPathsMapToTheJsonPointersOfTheSameValues(String path, String pointer) {
    assertThat(Violation.pointerOf(path)).isEqualTo(pointer);
    assertThat(new Violation(path, ViolationCode.OTHER, "m").pointer()).isEqualTo(pointer);
  }

  @Test
  void aViolationPrintsItsPointerOnce() {
    assertThat(new Violation("claims[2].participants[0].actor", ViolationCode.REFERENCE_UNRESOLVED,
        "'atlantis' does not name any actor in this document"))
        .hasToString("/claims/2/participants/0/actor: 'atlantis' does not name any actor in this document"
            + " [reference.unresolved]");
    assertThat(new Violation("", ViolationCode.OTHER, "m")).hasToString("(root): m [other]");
  }
}
