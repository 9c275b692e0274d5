package io.github.geoclaims.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntToLongFunction;

/**
 * Holds an algorithm to linear work: the work it counts at {@code 4n} elements must be at most {@value #TOLERANCE}
 * times its work at {@code n} (4 for linear work, a little more for {@code n log n}; a quadratic algorithm does 16
 * times the work). Counting operations, not time, makes the check exact on a loaded machine.
 *
 * <pre>{@code
 * WorkGrowth.assertLinear("steps of the cycle search", n -> RelationCycles.of(chain(n)).steps(), 2_000);
 * }</pre>
 */
public final class WorkGrowth {

  /** The most that work may grow when the input grows fourfold. */
  public static final double TOLERANCE = 5.0;

  private WorkGrowth() {}

  /**
   * Asserts that {@code work} grows at most {@value #TOLERANCE} times from {@code n} to {@code 4n} elements.
   *
   * @param what what is counted, for the failure message
   * @param work the work counted at a number of elements
   * @param n the smaller number of elements
   */
  public static void assertLinear(String what, IntToLongFunction work, int n) {
    long small = work.applyAsLong(n);
    long large = work.applyAsLong(4 * n);
    assertThat(small).as("%s at %d elements", what, n).isPositive();
    assertThat((double) large / small)
        .as("%s grows from %d at %d elements to %d at %d elements", what, small, n, large, 4 * n)
        .isLessThanOrEqualTo(TOLERANCE);
  }
}
