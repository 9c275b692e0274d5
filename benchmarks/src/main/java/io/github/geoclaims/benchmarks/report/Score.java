package io.github.geoclaims.benchmarks.report;

/**
 * What one measured iteration (or fork) gave for one benchmark: its throughput by the wall clock, the bytes it
 * allocated per operation, and its throughput by the process's CPU time.
 *
 * <pre>{@code
 * Score read = new Score(74.6, 8.6e6, 61.0);
 * }</pre>
 *
 * @param opsPerSecond operations per second of wall-clock time (JMH's primary score in throughput mode)
 * @param bytesPerOperation bytes allocated per operation ({@code -prof gc}'s {@code gc.alloc.rate.norm}), or NaN
 *     if not measured
 * @param opsPerCpuSecond operations per second of the process's CPU time (every thread: the benchmark's, the
 *     garbage collector's, the JIT compiler's), or NaN if not measured
 */
public record Score(double opsPerSecond, double bytesPerOperation, double opsPerCpuSecond) {

  /**
   * Returns this score with the CPU throughput in place of the wall-clock one, so that a {@link Ratio} of two
   * such scores is a ratio of CPU time.
   *
   * <pre>{@code
   * double cpuRatio = Ratio.READ.of(read.onCpu(), plainRead.onCpu());
   * }</pre>
   */
  public Score onCpu() {
    return new Score(opsPerCpuSecond, bytesPerOperation, Double.NaN);
  }
}
