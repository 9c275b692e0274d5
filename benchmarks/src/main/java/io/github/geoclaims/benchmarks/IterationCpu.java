package io.github.geoclaims.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The process's CPU time over each iteration of a paired benchmark fork, which counts the garbage collector's and
 * the JIT compiler's threads but not the time the process waits for a core that other processes hold. With the
 * system property {@value #LOG} set to a file, each iteration appends {@code iteration,operations,cpuNanos} to it;
 * the runner reads the file back with {@link #read(Path)}.
 *
 * <pre>{@code
 * cpu.start();                      // in the iteration's setup
 * cpu.record(iteration, operations); // in its tear-down
 * }</pre>
 */
public final class IterationCpu {

  /** The system property naming the file that each iteration's CPU time is appended to. */
  public static final String LOG = "geoclaims.paired.cpu";

  private static final com.sun.management.OperatingSystemMXBean SYSTEM =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private long start;

  /** Notes the CPU time so far, at the start of an iteration. */
  public void start() {
    start = SYSTEM.getProcessCpuTime();
  }

  /**
   * Appends the iteration's operations and CPU time to the file {@value #LOG} names, if it is set.
   *
   * @param iteration the iteration's index in the fork, warm-up included
   * @param operations the operations the iteration ran
   * @throws IOException if the file cannot be written
   */
  public void record(int iteration, long operations) throws IOException {
    long cpu = SYSTEM.getProcessCpuTime() - start;
    String log = System.getProperty(LOG);
    if (log != null) {
      Files.writeString(Path.of(log), iteration + "," + operations + "," + cpu + "\n", StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  /**
   * Reads a fork's log: the operations per CPU second of each iteration.
   *
   * <pre>{@code
   * double opsPerCpuSecond = IterationCpu.read(log).get(20);
   * }</pre>
   *
   * @param log the file the fork appended to
   * @return the throughput on the CPU by iteration index
   * @throws IOException if the file cannot be read
   */
  public static Map<Integer, Double> read(Path log) throws IOException {
    Map<Integer, Double> cpu = new HashMap<>();
    for (String line : Files.readAllLines(log)) {
      String[] fields = line.split(",");
      cpu.put(Integer.parseInt(fields[0]), Long.parseLong(fields[1]) / (Long.parseLong(fields[2]) / 1e9));
    }
    return cpu;
  }
}
