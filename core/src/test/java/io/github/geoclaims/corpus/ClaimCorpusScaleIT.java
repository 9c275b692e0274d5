package io.github.geoclaims.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.testing.DocumentGenerator;
import io.github.geoclaims.testing.DocumentShape;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A corpus whose documents do not fit in memory together: 1,000 generated documents of 1,000 claims each (about 2 GB
 * as JSON), indexed one at a time by a JVM that the failsafe plugin starts with {@code -Xmx1g}. The documents are
 * generated as they are indexed, and each is let go once indexed.
 */
class ClaimCorpusScaleIT {

  private static final int DOCUMENTS = Integer.getInteger("geoclaims.corpus.documents", 1_000);
  private static final int CLAIMS = 1_000;

  private static Stream<ClaimDocument> documents() {
    return IntStream.range(0, DOCUMENTS).mapToObj(i ->
        new DocumentGenerator(i).validDocument(DocumentShape.ofClaims(CLAIMS)).withId("document-" + i));
  }

  @Test
  void indexesAThousandDocumentsOfAThousandClaimsWithinOneGigabyteOfHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).as("the heap this test runs in").isLessThanOrEqualTo(1L << 30);
    long start = System.nanoTime();
    ClaimCorpus corpus = ClaimCorpus.of(documents());
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(corpus.documentIds()).hasSize(DOCUMENTS);
    assertThat(corpus.appearanceCount()).isEqualTo(DOCUMENTS * CLAIMS);
    String claimId = corpus.claimIds().iterator().next();
    ClaimTrace trace = corpus.trace(claimId);
    assertThat(trace.appearances()).hasSizeGreaterThan(1);
    assertThat(trace.origins()).isNotEmpty();
    assertThat(corpus.timeline(claimId)).hasSameSizeAs(trace.appearances());
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.out.printf("ClaimCorpusScaleIT: %d documents, %d claims generated and indexed in %.1f s; heap in use"
            + " after GC %d MB of %d MB; %d distinct claim ids; %d problems across documents%n", DOCUMENTS,
        corpus.appearanceCount(), seconds, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
        runtime.maxMemory() >> 20, corpus.claimIds().size(), corpus.problems().size());
  }
}
