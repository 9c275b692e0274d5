package io.github.geoclaims.json.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.json.spi.TokenInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationsTest {

  /**
   * The values of {@code {"claims": [{"id": "c", "a/b~c": 1}, {"id": "d"}], "x-e": {"f": 2}}}, recorded as the
   * reader records them: the top level is not recorded; each value has the line of its position here.
   */
  private static Locations recorded() {
    Locations locations = new Locations();
    int claims = locations.add(-1, "claims", -1, TokenInput.pack(1, 1));
    int first = locations.add(claims, null, 0, TokenInput.pack(2, 1));
    locations.add(first, "id", -1, TokenInput.pack(3, 1));
    locations.add(first, "a/b~c", -1, TokenInput.pack(4, 1));
    int second = locations.add(claims, null, 1, TokenInput.pack(5, 1));
    locations.add(second, "id", -1, TokenInput.pack(6, 1));
    locations.add(-1, "x-e", -1, TokenInput.pack(7, 1));
    return locations;
  }

  @ParameterizedTest(name = "''{0}'' -> line {1}")
  @CsvSource({
      "/claims, 1",
      "/claims/0, 2",
      "/claims/0/id, 3",
      "/claims/0/a~1b~0c, 4",
      "/claims/1/id, 6",
      "/x-e, 7",
      "/x-e/f, 7",
      "/claims/1/participants/0/role, 5",
      "/claims/01/id, 1",
      "/claims/0/a/b~c, 2",
      "/claims/0/a~1b~c, 2",
      "'', -1",
      "/relations/0, -1",
      "claims, -1"})
  void aPointerFindsItsValueOrItsNearestRecordedAncestor(String pointer, int line) {
    assertThat(TokenInput.lineOf(recorded().locationOf(pointer))).isEqualTo(line);
  }

  @Test
  void recordsGrowPastTheirFirstCapacity() {
    Locations locations = new Locations();
    int array = locations.add(-1, "claims", -1, TokenInput.pack(1, 1));
    for (int i = 0; i < 1000; i++) {
      locations.add(array, null, i, TokenInput.pack(i + 2, 3));
    }
    assertThat(locations.locationOf("/claims/999")).isEqualTo(TokenInput.pack(1001, 3));
    assertThat(TokenInput.columnOf(locations.locationOf("/claims/1000"))).isEqualTo(1);
  }
}
