package io.github.geoclaims.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.json.deser.ModelReader;
import io.github.geoclaims.json.ser.ModelWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * This test class runs (like every test here but the parity tests) with no Jackson 2 on the class path, as a
 * Jackson 3 user's application does: the pom excludes Jackson 2 from geoclaims-jackson, and surefire's default run
 * removes the test-scoped Jackson 2. It checks that, and that every geoclaims-jackson class this module uses loads.
 */
class NoJackson2Test {

  @Test
  void jackson2IsNotOnTheClassPath() {
    for (String name : List.of("com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.databind.ObjectMapper",
        "com.fasterxml.jackson.databind.Module")) {
      assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void theSharedCodecAndProblemTypesLoadAndInitialiseWithoutJackson2() throws Exception {
    List<String> names = sharedClassNames();
    assertThat(names).contains("io.github.geoclaims.json.deser.ModelReader", "io.github.geoclaims.json.ser.ModelWriter",
        "io.github.geoclaims.json.JsonProblem", "io.github.geoclaims.json.GeoClaimsJsonException",
        "io.github.geoclaims.json.ReadResult");
    for (String name : names) {
      Class<?> type = Class.forName(name, true, getClass().getClassLoader());
      type.getDeclaredMethods();  // links every signature
    }
  }

  @Test
  void readingAndWritingWorkWithoutJackson2() {
    String text = Corpus.full();
    assertThat(GeoClaimsJson3.standard().write(GeoClaimsJson3.standard().read(text))).isEqualTo(text);
    assertThat(GeoClaimsJson3.standard().mapper().writeValueAsString(GeoClaimsJson3.standard().read(text)))
        .isNotEmpty();
  }

  /** The classes of the codec packages and the shared result types, from wherever geoclaims-jackson is. */
  private static List<String> sharedClassNames() throws IOException, URISyntaxException {
    Path root = Path.of(ModelReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> entries;
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        entries = files.map(f -> root.relativize(f).toString().replace('\\', '/')).collect(Collectors.toList());
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        entries = jar.stream().map(e -> e.getName()).collect(Collectors.toList());
      }
    }
    assertThat(ModelWriter.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .isEqualTo(root.toUri());
    return entries.stream()
        .filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class"))
        .filter(n -> n.startsWith("io/github/geoclaims/json/deser/") || n.startsWith("io/github/geoclaims/json/ser/")
            || List.of("JsonProblem", "GeoClaimsJsonException", "ReadResult").stream()
                .anyMatch(s -> n.equals("io/github/geoclaims/json/" + s + ".class")))
        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .collect(Collectors.toList());
  }
}
