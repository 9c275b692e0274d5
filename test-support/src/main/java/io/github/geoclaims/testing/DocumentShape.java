package io.github.geoclaims.testing;

/**
 * How large a generated document is: the exact number of claims, actors, sources and relations, the most
 * attributions a claim has, the length of every stored source text, and whether the document carries extension
 * properties ({@code x-} names on the document, actors, sources, claims and attributions).
 *
 * <p>{@link #ofClaims(int)} gives the proportions the benchmarks use; the other knobs can be changed one at a time.
 *
 * <pre>{@code
 * DocumentShape thousand = DocumentShape.ofClaims(1_000);                  // 60 actors, 100 sources, 200 relations
 * DocumentShape plain = thousand.withExtensionProperties(false);          // for a reader that knows no extensions
 * DocumentShape tiny = new DocumentShape(2, 3, 1, 2, 1, 40, true);
 * ClaimDocument document = new DocumentGenerator(42L).validDocument(thousand);
 * }</pre>
 *
 * @param claims the number of claims, zero or more
 * @param actors the number of actors, at least one
 * @param sources the number of sources, at least one
 * @param maxAttributionsPerClaim the most attributions a claim has (each has one to this many), at least one
 * @param relations the number of relations between claims; some point to claims of another document; needs a claim
 * @param sourceTextLength the length in code points of every stored source text, at least one (every eighth
 *     source, the 8th, 16th, ..., stores no text and is known only by its description)
 * @param extensionProperties whether model objects carry {@code x-} extension properties
 */
public record DocumentShape(int claims, int actors, int sources, int maxAttributionsPerClaim, int relations,
    int sourceTextLength, boolean extensionProperties) {

  /** The length of the source texts of {@link #ofClaims(int)}: about as long as a short news article. */
  public static final int ARTICLE_LENGTH = 4_000;

  /**
   * Checks that a valid document of this shape exists.
   *
   * @throws IllegalArgumentException if a count is negative, there is no actor or source, a claim could have no
   *     attribution, a source text would be empty, or there are relations but no claim for them to start from
   */
  public DocumentShape {
    requireAtLeast("claims", claims, 0);
    requireAtLeast("actors", actors, 1);
    requireAtLeast("sources", sources, 1);
    requireAtLeast("maxAttributionsPerClaim", maxAttributionsPerClaim, 1);
    requireAtLeast("relations", relations, 0);
    requireAtLeast("sourceTextLength", sourceTextLength, 1);
    if (relations > 0 && claims == 0) {
      throw new IllegalArgumentException("relations start from a claim, but the shape has " + relations
          + " relations and no claim");
    }
  }

  /**
   * Returns the shape the benchmarks use for {@code claims} claims: max(60, claims/20) actors, max(3, claims/10)
   * sources with texts of {@value #ARTICLE_LENGTH} code points, one to five attributions per claim (2.2 on average),
   * claims/5 relations, and extension properties.
   *
   * <pre>{@code
   * DocumentShape.ofClaims(100_000);   // 5,000 actors, 10,000 sources, 20,000 relations
   * }</pre>
   *
   * @param claims the number of claims, zero or more
   * @return the shape
   */
  public static DocumentShape ofClaims(int claims) {
    return new DocumentShape(claims, Math.max(60, claims / 20), Math.max(3, claims / 10), 5, claims / 5,
        ARTICLE_LENGTH, true);
  }

  /**
   * Returns this shape with or without extension properties, keeping every other knob.
   *
   * @param present whether model objects carry {@code x-} extension properties
   * @return the new shape
   */
  public DocumentShape withExtensionProperties(boolean present) {
    return new DocumentShape(claims, actors, sources, maxAttributionsPerClaim, relations, sourceTextLength,
        present);
  }

  private static void requireAtLeast(String knob, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(knob + " must be at least " + minimum + " but was " + value);
    }
  }
}
