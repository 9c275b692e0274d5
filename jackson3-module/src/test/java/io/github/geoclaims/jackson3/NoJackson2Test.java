package io.github.geoclaims.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.json.ClaimStreamReader;
import io.github.geoclaims.json.ClaimStreamWriter;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * This test class runs (like every test here but the parity tests) with no Jackson 2 on the class path, as a
 * Jackson 3 user's application does: geoclaims-json brings no JSON library, and surefire's default run removes the
 * test-scoped Jackson 2. It checks that, that every class of geoclaims-json loads, and that the facade, streaming
 * included, runs on the Jackson 3 backend.
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
  void everyClassOfTheJsonArtifactLoadsAndInitialisesWithoutJackson2() throws Exception {
    List<String> names = sharedClassNames();
    assertThat(names).contains("io.github.geoclaims.json.GeoClaimsJson", "io.github.geoclaims.json.ClaimStreamReader",
        "io.github.geoclaims.json.internal.read.ModelReader", "io.github.geoclaims.json.internal.write.ModelWriter",
        "io.github.geoclaims.json.schema.GeoClaimsSchema");
    for (String name : names) {
      Class<?> type = Class.forName(name, true, getClass().getClassLoader());
      type.getDeclaredMethods();  // links every signature
    }
  }

  @Test
  void theFacadeFindsTheJackson3Backend() {
    assertThat(GeoClaimsJson.standard().backend()).isInstanceOf(Jackson3Backend.class);
  }

  @Test
  void streamingWorksWithoutJackson2() {
    String text = Corpus.full();
    ClaimDocument document = GeoClaimsJson.standard().read(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ClaimStreamWriter writer = GeoClaimsJson.standard().claimWriter(out)) {
      writer.writeHeader(document.withClaims(List.of()).withRelations(List.of()));
      document.getClaims().forEach(writer::writeClaim);
      document.getRelations().forEach(writer::writeRelation);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    try (ClaimStreamReader reader = GeoClaimsJson.standard().claimReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      List<Claim> claims = new ArrayList<>();
      reader.forEachRemaining(claims::add);
      assertThat(claims).isEqualTo(document.getClaims());
      assertThat(reader.relations()).isEqualTo(document.getRelations());
    }
  }

  @Test
  void readingAndWritingWorkWithoutJackson2() {
    String text = Corpus.full();
    assertThat(GeoClaimsJson.standard().write(GeoClaimsJson.standard().read(text))).isEqualTo(text);
    assertThat(GeoClaimsModule3.newMapper().writeValueAsString(GeoClaimsJson.standard().read(text)))
        .isNotEmpty();
  }

  /** Every class of geoclaims-json, from wherever it is. */
  private static List<String> sharedClassNames() throws IOException, URISyntaxException {
    Path root = Path.of(GeoClaimsJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
    assertThat(ClaimStreamReader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .isEqualTo(root.toUri());
    return entries.stream()
        .filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class"))
        .filter(n -> n.startsWith("io/github/geoclaims/json/"))
        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .collect(Collectors.toList());
  }
}
