package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.geoclaims.json.ClaimStreamReader;
import io.github.geoclaims.json.ClaimStreamWriter;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream with more identifier bytes than the id sets keep in memory (4 MB per set) keeps the rest in a temporary
 * file, finds a repeated id among them exactly, and lets the file go when the last claim is read, when it is closed
 * half-way and when reading fails. The file is opened with {@code DELETE_ON_CLOSE}, which on Linux unlinks it at
 * once, so the test looks for it among the process's open files ({@code /proc/self/fd}).
 */
class StreamIdSpillTest {

  /** Claims whose ids (with their attributions') take about 10 MB, past both sets' memory budgets. */
  private static final int CLAIMS = 40_000;
  private static final String LONG = "-" + "x".repeat(100);

  @TempDir
  static Path dir;
  private static Path file;

  @BeforeAll
  static void writeTheDocument() {
    file = dir.resolve("long-ids.json");
    try (ClaimStreamWriter out = GeoClaimsJson.standard().claimWriter(file)) {
      out.writeHeader(LargeStreamMain.header());
      for (int i = 0; i < CLAIMS; i++) {
        out.writeClaim(withLongIds(LargeStreamMain.claim(i), i, i));
      }
    }
  }

  /** The generated claim with ids a hundred chars longer; {@code attribution} names its attribution's id. */
  private static Claim withLongIds(Claim claim, int id, int attribution) {
    Attribution only = claim.getAttributions().get(0);
    return Claim.builder().from(claim).id("c" + id + LONG)
        .attributions(List.of(Attribution.builder().from(only).id("a" + attribution + LONG).build()))
        .build();
  }

  /** Reads the stream up to its last 100 claims, well past the point where its ids spill to a file. */
  private static void readAllButTheLast100(ClaimStreamReader reader) {
    while (reader.hasNext() && reader.claimCount() < CLAIMS - 100) {
      reader.next();
    }
  }

  private static GeoClaimsJson json() {
    return GeoClaimsJson.builder().maxDocumentLength(Long.MAX_VALUE).build();
  }

  @Test
  void aLongStreamKeepsItsIdsInATemporaryFileUntilItsLastClaim() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc (Linux)");
    try (ClaimStreamReader reader = json().claimReader(file)) {
      readAllButTheLast100(reader);
      assertThat(openIdFiles()).as("id files open while streaming").isPositive();
      reader.forEachRemaining(claim -> { });
      assertThat(reader.claimCount()).isEqualTo(CLAIMS);
      assertThat(openIdFiles()).as("id files open after the last claim").isZero();
    }
  }

  @Test
  void closingAStreamHalfWayLetsItsIdFilesGo() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc (Linux)");
    try (ClaimStreamReader reader = json().claimReader(file)) {
      readAllButTheLast100(reader);
      assertThat(openIdFiles()).isPositive();
    }
    assertThat(openIdFiles()).as("id files open after close").isZero();
  }

  @Test
  void anIdRepeatedAfterTheSpillIsFoundWithWhereItFirstCame(@TempDir Path here) throws IOException {
    Path repeated = here.resolve("repeated.json");
    try (ClaimStreamWriter out = GeoClaimsJson.standard().claimWriter(repeated)) {
      out.writeHeader(LargeStreamMain.header());
      for (int i = 0; i < CLAIMS; i++) {
        out.writeClaim(withLongIds(LargeStreamMain.claim(i), i, i == CLAIMS - 1 ? 7 : i));
      }
    }
    assertThatThrownBy(() -> {
      try (ClaimStreamReader reader = json().claimReader(repeated)) {
        reader.forEachRemaining(claim -> { });
      }
    }).isInstanceOfSatisfying(GeoClaimsJsonException.class, e -> assertThat(e.getProblems())
        .singleElement()
        .satisfies(problem -> {
          assertThat(problem.code()).isEqualTo("identifier.duplicate");
          assertThat(problem.pointer()).isEqualTo("/claims/" + (CLAIMS - 1) + "/attributions/0/id");
          assertThat(problem.message()).contains("is already used at claims[7].attributions[0]");
        }));
    if (Files.isDirectory(Path.of("/proc/self/fd"))) {
      assertThat(openIdFiles()).as("id files open after a failed read").isZero();
    }
  }

  /** Counts the process's open files that are an id set's temporary file. */
  private static long openIdFiles() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(fd -> {
        try {
          return Files.readSymbolicLink(fd).toString().contains("geoclaims-ids-");
        } catch (IOException | UnsupportedOperationException e) {
          return false;   // closed between listing and reading, or not a link
        }
      }).count();
    }
  }
}
