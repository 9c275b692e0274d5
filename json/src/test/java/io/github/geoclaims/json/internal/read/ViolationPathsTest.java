package io.github.geoclaims.json.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViolationPathsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "''|''",
      "id|/id",
      "claims[3].attributions[0].quote|/claims/3/attributions/0/quote",
      "claims[0].attributions[0].quote.exact|/claims/0/attributions/0/quote/exact",
      "actors[0].aliases[0].<list element>|/actors/0/aliases/0",
      "actors[0].extensions<K>[nox].<map key>|/actors/0/nox",
      "extensions[x-a.b].<map value>|/x-a.b",
      "extensions<K>[a/b~c].<map key>|/a~1b~0c",
      "sources[1].citations[0].url|/sources/1/citations/0/url"})
  void coreViolationPathsMapToJsonPointers(String path, String pointer) {
    assertThat(ViolationPaths.toPointer(path)).isEqualTo(pointer);
  }
}
