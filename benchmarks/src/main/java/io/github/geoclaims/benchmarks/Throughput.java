package io.github.geoclaims.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary metrics: JSON bytes and claims processed, which JMH reports per second next to ops/s (as
 * {@code bytes} and {@code claims} in the JSON result).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Throughput {

  /** Bytes of JSON read or written. */
  public long bytes;

  /** Claims read, written or validated. */
  public long claims;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
    claims = 0;
  }

  void count(long jsonBytes, int claimCount) {
    bytes += jsonBytes;
    claims += claimCount;
  }
}
