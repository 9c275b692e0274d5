package io.github.geoclaims.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The documents the tests share, read from where they live (nothing is copied): the golden files, which the Jackson
 * 2 module's tests also check, and invalid inputs derived from them. Directories come from system properties set
 * by the pom, with the same relative paths as fall-backs for runs from an IDE in the module directory.
 */
final class Corpus {

  private Corpus() {}

  /** jackson-module/src/test/resources/fixtures: the canonical test documents (full.json). */
  static Path fixturesDir() {
    return dir("geoclaims.golden.fixtures", "../jackson-module/src/test/resources/fixtures");
  }

  /** examples/src/main/resources/io/github/geoclaims/fixtures: the article fixtures. */
  static Path articlesDir() {
    return dir("geoclaims.golden.articles", "../examples/src/main/resources/io/github/geoclaims/fixtures");
  }

  /** jackson-module/src/test/resources/hostile: the hostile inputs. */
  static Path hostileDir() {
    return dir("geoclaims.golden.hostile", "../jackson-module/src/test/resources/hostile");
  }

  private static Path dir(String property, String fallback) {
    Path dir = Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("Missing test directory " + dir + " (system property " + property + ")");
    }
    return dir;
  }

  /** Every golden file: the canonical test documents and whatever article fixtures exist, in name order. */
  static List<Path> goldenFiles() {
    List<Path> files = new ArrayList<>(jsonFiles(fixturesDir()));
    files.addAll(jsonFiles(articlesDir()));
    return files;
  }

  static List<Path> jsonFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] hostile(String name) {
    return bytes(hostileDir().resolve(name));
  }

  /** The text of full.json, the document that sets every property of every model type. */
  static String full() {
    return new String(bytes(fixturesDir().resolve("full.json")), StandardCharsets.UTF_8);
  }

  /** {@code text} with {@code from} replaced by {@code to}; fails if {@code from} is not in it. */
  static String replace(String text, String from, String to) {
    if (!text.contains(from)) {
      throw new IllegalArgumentException("not found: " + from);
    }
    return text.replace(from, to);
  }

  /**
   * An invalid input, and the first problem a strict read reports for it.
   *
   * @param name what is wrong
   * @param text the input
   * @param code the first problem's code
   * @param pointer the first problem's pointer
   */
  record Invalid(String name, String text, String code, String pointer) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Invalid inputs covering every problem code a strict read can report without special limits. */
  static List<Invalid> invalid() {
    String full = full();
    String truncated = full.substring(0, full.indexOf("\"quote\""));
    return List.of(
        new Invalid("wrong type", replace(full, "\"id\": \"shipped\"", "\"id\": 42"), "json.type", "/claims/0/id"),
        new Invalid("null", replace(full, "\"title\": \"Containers\"", "\"title\": null"), "json.type",
            "/sources/0/title"),
        new Invalid("missing required property", replace(full, "\"name\": \"Russia\"", "\"x-name\": \"Russia\""),
            "json.required", "/actors/3"),
        new Invalid("missing schemaVersion", replace(full, "  \"schemaVersion\": \"1.1\",\n", ""), "json.required",
            ""),
        new Invalid("unknown property", replace(full, "\"name\": \"Russia\"", "\"name\": \"Russia\", \"colour\": [1, {}]"),
            "json.unknown-property", "/actors/3/colour"),
        new Invalid("other major version", replace(full, "\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"2.0\""),
            "json.unsupported-version", "/schemaVersion"),
        new Invalid("malformed version", replace(full, "\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0.0\""),
            "json.unsupported-version", "/schemaVersion"),
        new Invalid("version as a number", replace(full, "\"schemaVersion\": \"1.1\"", "\"schemaVersion\": 1.0"),
            "json.unsupported-version", "/schemaVersion"),
        new Invalid("malformed time", replace(full, "\"2023-10-14\"", "\"2023-13\""), "json.time",
            "/sources/0/publishedAt"),
        new Invalid("integer out of range", replace(full, "\"memberCount\": 47", "\"memberCount\": 3000000000"),
            "json.number", "/actors/4/memberCount"),
        new Invalid("fraction for an integer", replace(full, "\"memberCount\": 47", "\"memberCount\": 47.5"),
            "json.type", "/actors/4/memberCount"),
        new Invalid("decimal huge in plain notation", replace(full, "\"value\": 1500000", "\"value\": 1e999999999"),
            "json.limit", "/claims/0/quantities/1/value"),
        new Invalid("malformed JSON", replace(full, "\"id\": \"full\",", "\"id\": \"full\""), "json.syntax", ""),
        new Invalid("duplicate key", replace(full, "\"name\": \"Russia\"", "\"name\": \"Russia\", \"name\": \"RU\""),
            "json.duplicate-key", "/actors/3"),
        new Invalid("NaN as a value", replace(full, "\"confidence\": 0.75", "\"confidence\": NaN"), "json.syntax",
            "/claims/0/assessments/0"),
        new Invalid("trailing object", full + "{}", "json.trailing-content", ""),
        new Invalid("trailing garbage", full + "garbage", "json.trailing-content", ""),
        new Invalid("empty", "", "json.empty", ""),
        new Invalid("only whitespace", "  \n ", "json.empty", ""),
        new Invalid("top-level array", "[]", "json.type", ""),
        new Invalid("truncated", truncated, "json.syntax", "/claims/0/attributions/0"),
        new Invalid("quote does not match the source", replace(full, "\"exact\": \"The White House said\"",
            "\"exact\": \"The Black House said\""), "anchor.text-mismatch", "/claims/0/attributions/0/quote/exact"),
        new Invalid("unknown vocabulary term", replace(full, "\"kind\": \"state\"", "\"kind\": \"planet\""),
            "term.unknown", "/actors/0/kind"),
        new Invalid("many problems", replace(replace(replace(full, "\"id\": \"shipped\"", "\"id\": 42"),
            "\"name\": \"Russia\"", "\"name\": \"Russia\", \"colour\": \"red\""), "\"2023-10-14\"", "\"yesterday\""),
            "json.unknown-property", "/actors/3/colour"));
  }
}
