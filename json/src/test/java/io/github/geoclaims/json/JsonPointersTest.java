package io.github.geoclaims.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.geoclaims.validation.Violation;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPointersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "''|''",
      "id|/id",
      "claims[0].attributions[1].quote.exact|/claims/0/attributions/1/quote/exact",
      "actors[0].aliases[0].<list element>|/actors/0/aliases/0",
      "actors[0].extensions<K>[x-a/b~c].<map key>|/actors/0/x-a~1b~0c"})
  void aPropertyPathMapsToTheJsonPointerOfTheSameValue(String path, String pointer) {
    assertThat(JsonPointers.ofPath(path)).isEqualTo(pointer);
  }

  @Test
  void aViolationMapsThroughItsPath() {
    Violation violation = new Violation("claims[2].participants[0].actor", ViolationCode.REFERENCE_UNRESOLVED,
        "does not name an actor");

    assertThat(JsonPointers.of(violation)).isEqualTo("/claims/2/participants/0/actor");
  }

  @Test
  void nullIsRejected() {
    assertThatNullPointerException().isThrownBy(() -> JsonPointers.of(null));
    assertThatNullPointerException().isThrownBy(() -> JsonPointers.ofPath(null));
  }
}
