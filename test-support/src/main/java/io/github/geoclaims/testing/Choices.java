package io.github.geoclaims.testing;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The seeded choices behind every generated value: numbers, odds, picks from lists and from vocabularies. One
 * instance per generator, so the same seed makes the same choices in the same order.
 */
final class Choices {

  private final SplittableRandom random;

  Choices(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Returns an integer in {@code [0, bound)}. */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** Returns an integer in {@code [min, max]}. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** Returns a size in {@code [0, max]}, small sizes more often. */
  int size(int max) {
    return random.nextBoolean() ? random.nextInt(Math.min(max, 4) + 1) : random.nextInt(max + 1);
  }

  /** Returns {@code true} with probability 1/{@code n}. */
  boolean oneIn(int n) {
    return random.nextInt(n) == 0;
  }

  /** Returns {@code true} with probability 1/2. */
  boolean coin() {
    return random.nextBoolean();
  }

  /** Returns any integer. */
  int anyInt() {
    return random.nextInt();
  }

  /** Returns an integer in {@code [min, max)}. */
  int anyIntIn(int min, int max) {
    return random.nextInt(min, max);
  }

  /** Returns any long. */
  long anyLong() {
    return random.nextLong();
  }

  /** Returns a double in {@code [0, 1)}. */
  double fraction() {
    return random.nextDouble();
  }

  /** Returns one of {@code values}. */
  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * Returns a term of a vocabulary: one of its standard values, or one time in eight the extension value
   * {@code extension} (such as {@code x-leaked-memo}).
   */
  <T> T term(List<T> standardValues, Function<String, T> of, String extension) {
    return oneIn(8) ? of.apply(extension) : pick(standardValues);
  }
}
