/**
 * The five article fixtures and their API ({@code io.github.geoclaims.examples.fixtures}), the runnable examples
 * ({@code io.github.geoclaims.examples}) and the {@code geoclaims} command-line tool, whose {@code graph} command
 * draws with {@code io.github.geoclaims.graph} and whose {@code export} and {@code import} commands use
 * {@code io.github.geoclaims.interop}. Compiling this module is the
 * proof that the examples use only what the library modules export.
 */
module io.github.geoclaims.examples {
  requires transitive io.github.geoclaims.json;
  requires io.github.geoclaims.graph;
  requires io.github.geoclaims.interop;
  requires static info.picocli;

  exports io.github.geoclaims.examples;
  exports io.github.geoclaims.examples.fixtures;

  opens io.github.geoclaims.examples.cli to info.picocli;
}
