package io.github.geoclaims.spark.corpus;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.testing.DocumentGenerator;
import io.github.geoclaims.testing.DocumentShape;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A generated corpus whose documents relay each other. {@link DocumentGenerator} makes documents one at a time, and
 * an attribution it relays from another document names {@code elsewhere<separator><1-3>/<its own id>}, a document
 * it does not make: here some documents are given those names (each with the separator of its own identifiers), so
 * that relays whose target claim and attribution exist there resolve across documents, some into further relays.
 * The generator itself makes no relay that resolves: it names documents it does not make.
 */
public final class GeneratedCorpus {

  private static final List<String> SEPARATORS = List.of("-", "_", ".", ":");

  private GeneratedCorpus() {}

  /**
   * Generates documents.
   *
   * @param documents how many
   * @param claimsEach how many claims each has
   * @return the documents, in corpus order
   */
  public static List<ClaimDocument> of(int documents, int claimsEach) {
    List<ClaimDocument> generated = new ArrayList<>(IntStream.range(0, documents)
        .mapToObj(seed -> new DocumentGenerator(seed).validDocument(shape(claimsEach))).toList());
    List<String> named = new ArrayList<>();
    for (int d = 0; d < generated.size(); d++) {
      ClaimDocument document = generated.get(d);
      String separator = separatorOf(document.getId(), claimsEach);
      String name = "elsewhere" + separator + (named.stream().filter(id -> id.startsWith("elsewhere" + separator))
          .count() + 1);
      boolean relayTarget = named.stream().filter(id -> id.startsWith("elsewhere" + separator)).count() < 3;
      String id = relayTarget ? name : "document-" + d;
      named.add(id);
      generated.set(d, document.withId(id));
    }
    return generated;
  }

  /**
   * The shape of each document: few relations, because claim identifiers repeat across generated documents, and
   * {@code same-proposition} relations join identifiers across the whole corpus, so that the benchmarks' proportions
   * (a relation per five claims) would join nearly every claim into one group; and short source texts.
   *
   * @param claims the claims of each document
   * @return the shape
   */
  static DocumentShape shape(int claims) {
    return new DocumentShape(claims, 60, Math.max(3, claims / 10), 5, 4, 600, true);
  }

  /** The separator of a generated document's identifiers, from its own: {@code generated<separator><claims>}. */
  private static String separatorOf(String id, int claims) {
    String separator = id.substring("generated".length(), id.length() - String.valueOf(claims).length());
    if (!SEPARATORS.contains(separator)) {
      throw new IllegalStateException("The generator names documents otherwise now: " + id);
    }
    return separator;
  }
}
