package io.github.geoclaims.jackson;

import io.github.geoclaims.json.ClaimStreamReader;
import io.github.geoclaims.json.ClaimStreamWriter;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Generates a document with many claims, streams it through read-validate-write and checks the copy is identical.
 * Run in a JVM with a small heap by {@link LargeStreamTest}; prints {@code claims=N identical=true heapPeakMb=M}.
 *
 * <p>Arguments: the directory for the two files, the number of claims.
 */
public final class LargeStreamMain {

  static final String TEXT = "The ministry said the convoy carried 120 trucks of munitions across the border.";

  private LargeStreamMain() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    GeoClaimsJson json = GeoClaimsJson.builder().maxDocumentLength(Long.MAX_VALUE).build();
    Path input = dir.resolve("input.json");
    Path output = dir.resolve("output.json");
    long start = System.nanoTime();
    try (ClaimStreamWriter out = json.claimWriter(input)) {
      out.writeHeader(header());
      for (int i = 0; i < count; i++) {
        out.writeClaim(claim(i));
      }
      for (int i = 1; i < Math.min(count, 1000); i++) {
        out.writeRelation(ClaimRelation.builder().from("c" + i).kind(RelationKind.SUPPORTS).to("c" + (i - 1))
            .build());
      }
      out.writeExtension("x-generator", "{\"claims\":" + count + "}");
    }
    long generated = System.nanoTime();
    int read;
    int maxLocations;
    long liveMidStream = -1;
    try (ClaimStreamReader in = json.claimReader(input); ClaimStreamWriter out = json.claimWriter(output)) {
      out.writeHeader(in.header());
      while (in.hasNext()) {
        out.writeClaim(in.next());
        if (in.claimCount() == count / 2) {
          liveMidStream = liveHeap();
        }
      }
      in.relations().forEach(out::writeRelation);
      in.trailingExtensions().forEach(out::writeExtension);
      read = in.claimCount();
      maxLocations = in.maxLocationsHeld();
    }
    long copied = System.nanoTime();
    boolean identical = sameBytes(input, output);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("claims=" + read + " identical=" + identical + " bytes=" + Files.size(input)
        + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " heapPeakMb=" + peak / (1024 * 1024) + " liveHeapMidStreamMb=" + liveMidStream / (1024 * 1024)
        + " maxLocationsHeld=" + maxLocations + " generateMs=" + (generated - start) / 1_000_000
        + " readValidateWriteMs=" + (copied - generated) / 1_000_000);
    Files.delete(input);
    Files.delete(output);
    if (read != count || !identical) {
      System.exit(1);
    }
  }

  /** Returns the heap in use after a full collection: what the reader and writer really hold. */
  private static long liveHeap() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  static ClaimDocument header() {
    return ClaimDocument.builder().id("large").title("Generated")
        .addActor(Actor.builder().id("ministry").kind(ActorKind.GOVERNMENT_BODY).name("Ministry").build())
        .addActor(Actor.builder().id("state-a").kind(ActorKind.STATE).name("State A").countryCode("FR").build())
        .addActor(Actor.builder().id("state-b").kind(ActorKind.STATE).name("State B").build())
        .addSource(Source.builder().id("report").kind(SourceKind.NEWS_ARTICLE).text(TEXT)
            .publishedAt(TimePoint.parse("2024-03-02")).build())
        .build();
  }

  static Claim claim(int i) {
    return Claim.builder().id("c" + i).proposition("Convoy " + i + " carried munitions.")
        .eventKind(i % 2 == 0 ? EventKind.ARMS_TRANSFER : EventKind.of("x-convoy"))
        .addParticipant(Participant.of("state-a", ParticipantRole.AGENT))
        .addParticipant(Participant.of("state-b", ParticipantRole.RECIPIENT))
        .time(TimeSpec.at(TimePoint.parse("2024-0" + (1 + i % 3))))
        .addQuantity(Quantity.builder().unit("trucks").value(new BigDecimal(i % 500 + ".5")).build())
        .addAttribution(Attribution.builder().id("a" + i).claimant("ministry").source("report")
            .mode(AttributionMode.REPORTED_SPEECH).stance(Stance.ASSERTS).modality(Modality.REPORTED)
            .quote(TextAnchor.locate(TEXT, "120 trucks of munitions")).build())
        .putExtension("x-seq", Integer.toString(i))
        .build();
  }

  private static boolean sameBytes(Path a, Path b) throws IOException {
    if (Files.size(a) != Files.size(b)) {
      return false;
    }
    try (InputStream x = new BufferedInputStream(Files.newInputStream(a), 1 << 16);
         InputStream y = new BufferedInputStream(Files.newInputStream(b), 1 << 16)) {
      byte[] bx = new byte[1 << 16];
      byte[] by = new byte[1 << 16];
      while (true) {
        int nx = x.readNBytes(bx, 0, bx.length);
        int ny = y.readNBytes(by, 0, by.length);
        if (nx != ny || !Arrays.equals(bx, 0, nx, by, 0, ny)) {
          return false;
        }
        if (nx == 0) {
          return true;
        }
      }
    }
  }
}
