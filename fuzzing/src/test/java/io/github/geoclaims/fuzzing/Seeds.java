package io.github.geoclaims.fuzzing;

import io.github.geoclaims.model.ClaimDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The structurally valid documents the semantic fuzz test starts from: the test documents of the jackson-module
 * (copied under {@code seeds/}) and, when present, the fixtures of the examples module, read from the file system
 * (system property {@code geoclaims.fixtures.dir}, set by the pom).
 */
final class Seeds {

  /** The classpath seeds, in a fixed order (fuzz inputs pick seeds by index). */
  private static final List<String> CLASSPATH_SEEDS = List.of("full.json", "sample.json", "lenient-extras.json");

  /** A seed document: its JSON text and the document read from it. */
  record Seed(String name, byte[] json, ClaimDocument document) {}

  private static final List<Seed> ALL = load();

  private Seeds() {}

  static List<Seed> all() {
    return ALL;
  }

  /** How many of {@link #all()}, at its start, are the small classpath seeds (the rest are fixtures). */
  static int classpathSeedCount() {
    return CLASSPATH_SEEDS.size();
  }

  /** The fixture files of the examples module, sorted by name; empty when the directory has none. */
  static List<Path> fixtureFiles() {
    Path dir = Path.of(System.getProperty("geoclaims.fixtures.dir",
        "../examples/src/main/resources/io/github/geoclaims/fixtures"));
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Seed> load() {
    List<Seed> seeds = new ArrayList<>();
    for (String name : CLASSPATH_SEEDS) {
      try (InputStream in = Seeds.class.getResourceAsStream("seeds/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing seed " + name);
        }
        seeds.add(seed(name, in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path file : fixtureFiles()) {
      try {
        seeds.add(seed(file.getFileName().toString(), Files.readAllBytes(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(seeds);
  }

  private static Seed seed(String name, byte[] json) {
    // Leniently: a seed must be structurally valid; semantic problems are what the fuzz test produces anyway.
    return new Seed(name, json, Oracle.JSON.readLenient(json).document());
  }
}
