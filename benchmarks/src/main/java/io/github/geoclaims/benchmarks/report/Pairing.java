package io.github.geoclaims.benchmarks.report;

import java.util.List;

/**
 * The pairs of one fork of {@code PairBenchmark}: the scores of the two sides, in pair order, the numerator's
 * {@code i}-th score measured next to the denominator's.
 *
 * <pre>{@code
 * Pairing pairing = new Pairing("read", "plainRead", readScores, plainReadScores);
 * }</pre>
 *
 * @param numerator the benchmark of the numerator side, such as {@code read}
 * @param denominator the benchmark of the denominator side, such as {@code plainRead}
 * @param top the numerator's score in each pair
 * @param bottom the denominator's score in each pair, as many
 */
public record Pairing(String numerator, String denominator, List<Score> top, List<Score> bottom) {

  /**
   * Checks that both sides have a score for each pair.
   *
   * @throws IllegalArgumentException if they do not
   */
  public Pairing {
    top = List.copyOf(top);
    bottom = List.copyOf(bottom);
    if (top.size() != bottom.size()) {
      throw new IllegalArgumentException(top.size() + " scores of " + numerator + " against " + bottom.size()
          + " of " + denominator);
    }
  }

  /**
   * Returns the same pairs with the CPU throughputs in place of the wall-clock ones ({@link Score#onCpu()}).
   *
   * <pre>{@code
   * double[] cpuRatios = pairing.onCpu().values(Ratio.READ);
   * }</pre>
   */
  public Pairing onCpu() {
    return new Pairing(numerator, denominator, top.stream().map(Score::onCpu).toList(),
        bottom.stream().map(Score::onCpu).toList());
  }

  /**
   * Tells whether this fork measured the two sides of a ratio.
   *
   * <pre>{@code
   * boolean both = pairing.measures(Ratio.ALLOCATION);   // true for read against plainRead
   * }</pre>
   *
   * @param ratio the ratio
   */
  public boolean measures(Ratio ratio) {
    return ratio.numerator().equals(numerator) && ratio.denominator().equals(denominator);
  }

  /**
   * Returns the ratio in each pair.
   *
   * <pre>{@code
   * double[] values = pairing.values(Ratio.READ);
   * }</pre>
   *
   * @param ratio a ratio this fork {@linkplain #measures(Ratio) measures}
   */
  public double[] values(Ratio ratio) {
    double[] values = new double[top.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = ratio.of(top.get(i), bottom.get(i));
    }
    return values;
  }
}
