package io.github.geoclaims.benchmarks.data;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.testing.DocumentGenerator;
import io.github.geoclaims.testing.DocumentShape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** The seed of the generated benchmark documents. */
  public static final long SEED = 20261123L;

  /**
   * Generates a document of {@code claims} claims with {@link #SEED} and writes it canonically.
   *
   * @param claims the number of claims
   * @return the corpus
   */
  public static Corpus generated(int claims) {
    ClaimDocument document = generatedDocument(claims, SEED);
    return new Corpus("generated-" + claims, claims, document,
        GeoClaimsJson.standard().write(document).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Generates a benchmark document: the shape {@link DocumentShape#ofClaims(int)} without extension properties,
   * which the plain records that {@code plainRead} and {@code plainWrite} measure do not have.
   *
   * @param claims the number of claims
   * @param seed the seed; the same seed and size give an equal document and the same bytes
   * @return the document
   */
  public static ClaimDocument generatedDocument(int claims, long seed) {
    return new DocumentGenerator(seed).validDocument(DocumentShape.ofClaims(claims).withExtensionProperties(false));
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
