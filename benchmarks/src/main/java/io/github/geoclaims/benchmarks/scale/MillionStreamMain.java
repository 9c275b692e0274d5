package io.github.geoclaims.benchmarks.scale;

import io.github.geoclaims.benchmarks.data.Corpus;
import io.github.geoclaims.jackson.Jackson2Backend;
import io.github.geoclaims.json.ClaimStreamReader;
import io.github.geoclaims.json.ClaimStreamWriter;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Streams a document of a million claims through a validating {@link ClaimStreamReader} in a small heap, for the
 * scale curve of {@code benchmarks/run --scale} (which runs it with {@code -Xmx128m}). It writes the document to a
 * temporary file with a {@link ClaimStreamWriter}: the header, actors and sources of the generated 1,000-claim
 * benchmark document ({@link Corpus#generatedDocument}), its claims over and over, each copy's claim and attribution
 * ids (and the relays between them) given the copy's number as a suffix, then that document's relations. It then
 * reads the file claim by claim, validating every claim, and prints one line: claims, bytes, seconds, claims and
 * megabytes per second, the peak heap in use while streaming (the sum of the heap pools' peaks, from
 * {@link MemoryPoolMXBean}, reset after writing) and the heap in use after a full collection half-way through.
 *
 * <pre>
 * java -Xmx128m -cp benchmarks/target/benchmarks.jar io.github.geoclaims.benchmarks.scale.MillionStreamMain [claims]
 * </pre>
 */
public final class MillionStreamMain {

  private static final int TEMPLATE_CLAIMS = 1000;

  private MillionStreamMain() {}

  /**
   * Writes, streams and reports.
   *
   * @param args the number of claims (default 1,000,000), a multiple of 1,000
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int claims = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    GeoClaimsJson json = GeoClaimsJson.builder().backend(new Jackson2Backend()).maxDocumentLength(Long.MAX_VALUE)
        .build();
    Path file = Files.createTempFile("geoclaims-million-", ".json");
    try {
      ClaimDocument template = Corpus.generatedDocument(TEMPLATE_CLAIMS, Corpus.SEED);
      long writing = System.nanoTime();
      write(json, template, claims, file);
      double written = (System.nanoTime() - writing) / 1e9;
      long bytes = Files.size(file);
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      long liveHalfWay = -1;
      int read = 0;
      try (ClaimStreamReader reader = json.claimReader(file)) {
        while (reader.hasNext()) {
          reader.next();
          if (++read == claims / 2) {
            liveHalfWay = liveHeap();
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      System.out.println(String.format(Locale.ROOT, "stream: claims=%d bytes=%d seconds=%.1f claimsPerSecond=%.0f"
          + " MBps=%.1f usPerClaim=%.1f heapPeakMb=%d liveHalfWayMb=%d maxHeapMb=%d writeSeconds=%.1f", read, bytes,
          seconds, read / seconds, bytes / 1e6 / seconds, seconds * 1e6 / read, peak >> 20, liveHalfWay >> 20,
          Runtime.getRuntime().maxMemory() >> 20, written));
      if (read != claims) {
        throw new IllegalStateException("Read " + read + " claims of " + claims);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void write(GeoClaimsJson json, ClaimDocument template, int claims, Path file) {
    try (ClaimStreamWriter out = json.claimWriter(file)) {
      out.writeHeader(template.withClaims(List.of()).withRelations(List.of()));
      for (int copy = 0; copy < claims / TEMPLATE_CLAIMS; copy++) {
        for (Claim claim : template.getClaims()) {
          out.writeClaim(copy == 0 ? claim : copy(claim, "-" + copy));
        }
      }
      for (ClaimRelation relation : template.getRelations()) {
        out.writeRelation(relation);
      }
    }
  }

  /** Returns the claim with its id and its attributions' ids, and the relays between them, suffixed. */
  private static Claim copy(Claim claim, String suffix) {
    List<Attribution> attributions = claim.getAttributions().stream()
        .map(a -> a.withId(a.getId() + suffix)
            .withRelayedFrom(a.getRelayedFrom().map(id -> id.contains("/") ? id : id + suffix)))
        .toList();
    return claim.withId(claim.getId() + suffix).withAttributions(attributions);
  }

  /** Returns the heap in use after a full collection: what the reader holds. */
  private static long liveHeap() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
