package io.github.geoclaims.benchmarks.report;

import java.util.Arrays;
import java.util.Locale;

/**
 * The median of a sample and its quartiles, which bound the interquartile range: the spread {@code benchmarks/run}
 * reports for paired ratios. Quartiles are interpolated linearly between the sorted values (the sample quantile at
 * {@code (n - 1) * p}), so five values {@code 1..5} have the quartiles 2 and 4 and the median 3.
 *
 * <pre>{@code
 * Spread spread = Spread.of(0.94, 1.02, 0.98, 1.01, 0.97);   // median 0.98, quartiles 0.97 and 1.01
 * }</pre>
 *
 * @param median the median
 * @param lowerQuartile the first quartile
 * @param upperQuartile the third quartile
 */
public record Spread(double median, double lowerQuartile, double upperQuartile) {

  /**
   * Returns the median and quartiles of the values.
   *
   * @param values at least one value, in any order; NaN values are left out
   * @return the spread, or all NaN if no value is a number
   */
  public static Spread of(double... values) {
    double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (sorted.length == 0) {
      return new Spread(Double.NaN, Double.NaN, Double.NaN);
    }
    return new Spread(quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75));
  }

  private static double quantile(double[] sorted, double p) {
    double position = (sorted.length - 1) * p;
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  /**
   * Returns the median with two decimals and the quartiles in brackets, such as {@code 0.98 [0.97-1.01]}.
   *
   * <pre>{@code
   * String text = spread.format();
   * }</pre>
   */
  public String format() {
    return String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", median, lowerQuartile, upperQuartile);
  }
}
