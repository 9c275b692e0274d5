package io.github.geoclaims.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Boot 3 recipe is GeoClaimsBoot3Configuration.java, character for character, so what is tested is what is documented. */
class ReadmeRecipeTest {

  @Test
  void theReadmeShowsTheTestedRecipe() throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String readme = Files.readString(module.resolveSibling("README.md")).replace("\r\n", "\n");
    String recipe = Files.readString(
            module.resolve("src/main/java/io/github/geoclaims/boot3/GeoClaimsBoot3Configuration.java"))
        .replace("\r\n", "\n");

    assertThat(readme)
        .as("README.md must show spring-boot3-compat/src/main/java/io/github/geoclaims/boot3/"
            + "GeoClaimsBoot3Configuration.java in a ```java block; copy the file into the README")
        .contains("```java\n" + recipe + "```\n");
  }
}
