package io.github.geoclaims.benchmarks.profile;

import io.github.geoclaims.benchmarks.Facades;
import io.github.geoclaims.benchmarks.data.Corpus;
import io.github.geoclaims.benchmarks.plain.PlainJson;
import io.github.geoclaims.benchmarks.plain.PlainModel;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.validation.GeoClaimsValidator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A cross-check for shared or overloaded machines: runs each operation of the suite on one thread and measures the
 * thread's CPU time per operation (not wall-clock time), so that time the thread spends descheduled does not count.
 * It is not JMH (no forks, no blackholes; results are consumed through a checksum), and CPU time does not include
 * the JIT and GC threads' work; use it to see whether JMH ratios on a loaded machine are plausible, and as a
 * profiling driver ({@code -XX:StartFlightRecording}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.geoclaims.benchmarks.profile.CpuTimeMain [claims] [rounds]
 * </pre>
 */
public final class CpuTimeMain {

  private CpuTimeMain() {}

  private static void ratios(String label, Map<String, Double> ms) {
    System.out.println(String.format(Locale.ROOT,
        "%s: read/plainRead=%.2f write/plainWrite=%.2f validate/read=%.2f read/scan=%.2f", label,
        ms.get("plainRead") / ms.get("read"), ms.get("plainWrite") / ms.get("write"),
        ms.get("validate") / ms.get("read"), ms.get("scan") / ms.get("read")));
  }

  /**
   * Runs the cross-check.
   *
   * @param args the number of claims (default 1000) and the number of measured rounds (default 40)
   */
  public static void main(String[] args) {
    int claims = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    String only = args.length > 2 ? args[2] : null;
    Corpus corpus = Corpus.generated(claims);
    byte[] json = corpus.json();
    PlainModel.Document records = PlainJson.read(json);
    GeoClaimsJson unvalidated = Facades.JACKSON2_UNVALIDATED;
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 4096);
    JsonFactory factory = new JsonFactory();

    Map<String, LongSupplier> operations = new LinkedHashMap<>();
    operations.put("scan", () -> {
      long tokens = 0;
      try (JsonParser parser = factory.createParser(json)) {
        while (parser.nextToken() != null) {
          tokens++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return tokens;
    });
    operations.put("plainRead", () -> PlainJson.read(json).claims().size());
    operations.put("plainWrite", () -> {
      out.reset();
      PlainJson.write(records, out);
      return out.size();
    });
    operations.put("read", () -> Facades.JACKSON2.read(json).getClaims().size());
    operations.put("readUnvalidated", () -> unvalidated.read(json).getClaims().size());
    operations.put("write", () -> {
      out.reset();
      Facades.JACKSON2.write(corpus.document(), out);
      return out.size();
    });
    operations.put("validate", () -> GeoClaimsValidator.shared().validate(corpus.document()).size());

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
    long self = Thread.currentThread().getId();
    Map<String, Double> medians = new LinkedHashMap<>();
    Map<String, Double> minima = new LinkedHashMap<>();
    long checksum = 0;
    for (Map.Entry<String, LongSupplier> operation : operations.entrySet()) {
      if (only != null && !only.equals(operation.getKey())) {
        continue;
      }
      long deadline = System.nanoTime() + 12_000_000_000L;   // with G1 a read is still speeding up after 4 s
      for (int i = 0; i < 10 || System.nanoTime() < deadline; i++) {
        checksum += operation.getValue().getAsLong();
      }
      double[] millis = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long start = threads.getCurrentThreadCpuTime();
        checksum += operation.getValue().getAsLong();
        millis[r] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
      }
      long allocatedBefore = allocation.getThreadAllocatedBytes(self);
      checksum += operation.getValue().getAsLong();
      double allocatedMb = (allocation.getThreadAllocatedBytes(self) - allocatedBefore) / 1e6;
      Arrays.sort(millis);
      double median = millis[rounds / 2];
      medians.put(operation.getKey(), median);
      minima.put(operation.getKey(), millis[0]);
      System.out.println(String.format(Locale.ROOT, "%-16s %9.3f ms CPU/op (median of %d; min %.3f, max %.3f) %8.1f MB allocated/op",
          operation.getKey(), median, rounds, millis[0], millis[rounds - 1], allocatedMb));
    }
    if (medians.size() == operations.size()) {
      ratios("cpu ratios (medians)", medians);
      ratios("cpu ratios (minima) ", minima);
    }
    System.out.println("(checksum " + checksum + ")");
  }
}
