package io.github.geoclaims.benchmarks.data;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated document to a file in the canonical layout, for the start-up measurement and for trying the
 * command-line tool on large input.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.geoclaims.benchmarks.data.GenerateMain 1000 out.json [seed]
 * </pre>
 */
public final class GenerateMain {

  private GenerateMain() {}

  /**
   * Runs the generator.
   *
   * @param args the number of claims, the output file and optionally the seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: GenerateMain <claims> <file.json> [seed]");
      System.exit(2);
    }
    int claims = Integer.parseInt(args[0]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : Corpus.SEED;
    ClaimDocument document = Corpus.generatedDocument(claims, seed);
    Path file = Path.of(args[1]);
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    GeoClaimsJson.standard().write(document, file);
    System.out.println(file + ": " + claims + " claims, " + Files.size(file) + " bytes");
  }
}
