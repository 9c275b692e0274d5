package io.github.geoclaims.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds of the semantic fuzz test, including the fixtures of the examples module when they are present, are
 * valid and keep the fuzz tests' properties unchanged.
 */
class SeedsTest {

  static Stream<Seeds.Seed> seeds() {
    return Seeds.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seedsAreValidAndKeepTheProperties(Seeds.Seed seed) {
    if (!seed.name().startsWith("lenient")) {
      assertThat(Oracle.checkRead(seed.json())).as(seed.name()).isNotNull();
    } else {
      Oracle.checkRead(seed.json());
    }
    Oracle.checkModel(seed.document());
  }

  static Stream<Path> fixtures() {
    return Seeds.fixtureFiles().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixturesOfTheExamplesAreSeeds(Path fixture) throws Exception {
    byte[] json = Files.readAllBytes(fixture);
    assertThat(Seeds.all()).anySatisfy(seed -> assertThat(seed.json()).isEqualTo(json));
  }
}
