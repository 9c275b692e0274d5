package io.github.geoclaims.benchmarks.data;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One benchmark input: a generated document, its canonical JSON bytes and its size.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.generated(1_000);
 * byte[] json = corpus.json();
 * }</pre>
 *
 * @param name a label, such as {@code generated-1000}
 * @param claims the number of claims
 * @param document the document
 * @param json the canonical JSON of the document ({@link GeoClaimsJson#write(ClaimDocument)}), UTF-8
 */
public record Corpus(String name, int claims, ClaimDocument document, byte[] json) {

  /** The fixtures of the examples module, read from the file system when present; the module is not a dependency. */
  public static final Path FIXTURES = Path.of("examples", "src", "main", "resources", "io", "github", "geoclaims",
      "fixtures");

  /**
   * Generates a document with {@link DocumentGenerator#DEFAULT_SEED} and writes it canonically.
   *
   * @param claims the number of claims
   * @return the corpus
   */
  public static Corpus generated(int claims) {
    ClaimDocument document = DocumentGenerator.generate(claims);
    return new Corpus("generated-" + claims, claims, document, GeoClaimsJson.standard().write(document)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Reads the fixture documents ({@code *.json}) under {@code root}/{@link #FIXTURES}, if that directory exists.
   *
   * @param root the repository's root directory
   * @return the fixtures, in file-name order; empty if there are none
   */
  public static List<Corpus> fixtures(Path root) {
    Path directory = root.resolve(FIXTURES);
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Corpus> fixtures = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        byte[] json = Files.readAllBytes(file);
        ClaimDocument document = GeoClaimsJson.standard().read(json);
        String name = file.getFileName().toString();
        fixtures.add(new Corpus(name.substring(0, name.length() - 5), document.getClaims().size(), document, json));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fixtures;
  }
}
