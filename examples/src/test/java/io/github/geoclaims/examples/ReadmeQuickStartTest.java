package io.github.geoclaims.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's quickstart is the first {@code ```java} block, and it is QuickStart.java, character for character. */
class ReadmeQuickStartTest {

  private static final Pattern FIRST_JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);

  @Test
  void theFirstJavaBlockOfTheReadmeIsQuickStartJava() throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String readme = Files.readString(module.resolveSibling("README.md")).replace("\r\n", "\n");
    String quickStart = Files.readString(
            module.resolve("src/main/java/io/github/geoclaims/examples/QuickStart.java"))
        .replace("\r\n", "\n");

    Matcher block = FIRST_JAVA_BLOCK.matcher(readme);

    assertThat(block.find()).as("README.md has a ```java block").isTrue();
    assertThat(block.group(1))
        .as("the first ```java block of README.md must be examples/src/main/java/io/github/geoclaims/examples/"
            + "QuickStart.java; copy the file into the README (or the README back into the file)")
        .isEqualTo(quickStart);
  }
}
