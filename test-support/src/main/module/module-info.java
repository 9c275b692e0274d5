/**
 * A seeded generator of geoclaims documents for tests and benchmarks: {@code io.github.geoclaims.testing}.
 *
 * <p>This descriptor lives outside {@code src/main/java} because core's own tests compile those sources as test
 * sources (see the pom), where a second module descriptor would not compile.
 */
module io.github.geoclaims.testing {
  requires transitive io.github.geoclaims.core;

  exports io.github.geoclaims.testing;
}
