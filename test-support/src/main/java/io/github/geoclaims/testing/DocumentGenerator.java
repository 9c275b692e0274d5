package io.github.geoclaims.testing;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.TimePoint;
import java.util.stream.LongStream;

/**
 * A seeded generator of claim documents for tests and benchmarks: documents that are valid by construction, of
 * any size, and, for property tests, damaged documents that may break any rule.
 *
 * <p>A valid document keeps every rule of the model: references resolve, quotes are cut out of their source's text
 * by code-point offsets (after characters outside the Basic Multilingual Plane), attribution chains and directed
 * relations are acyclic, statements are not dated after their source's publication, {@code corroborated} claims have
 * two independent origins, and so on. Across seeds, every optional property of every model type occurs, extension
 * properties and extension vocabulary values ({@code x-...}) included. Its size is a {@link DocumentShape}: drawn
 * from the seed (a few claims, actors and sources), or given.
 *
 * <p>The same seed always gives the same values in the same order, so a failure reported for a seed is reproduced
 * with {@code new DocumentGenerator(seed)}; {@link #forSeed} names the seed in the failure.
 *
 * <pre>{@code
 * ClaimDocument small = new DocumentGenerator(7L).validDocument();
 * ClaimDocument large = new DocumentGenerator(7L).validDocument(DocumentShape.ofClaims(100_000));
 *
 * @ParameterizedTest
 * @MethodSource("seeds")
 * void validDocumentsValidateClean(long seed) {
 *   DocumentGenerator.forSeed(seed, generator ->
 *       assertThat(GeoClaimsValidator.shared().validate(generator.validDocument())).isEmpty());
 * }
 *
 * static LongStream seeds() {
 *   return DocumentGenerator.seeds(500);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use one generator per thread.
 */
public final class DocumentGenerator {

  /**
   * The system property that shifts the seeds of every property test ({@code -Dgeoclaims.seed.base=N}, default 0):
   * the tests then run seeds N, N+1, ... instead of 0, 1, ...
   */
  public static final String SEED_BASE_PROPERTY = "geoclaims.seed.base";

  private final long seed;
  private final Choices choices;
  private final Times times;

  /**
   * Returns a generator whose values depend only on {@code seed}.
   *
   * @param seed the seed
   */
  public DocumentGenerator(long seed) {
    this.seed = seed;
    this.choices = new Choices(seed);
    this.times = new Times(choices);
  }

  /**
   * Returns the seed of this generator.
   *
   * @return the seed it was created with
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns {@code count} consecutive seeds, from the {@value #SEED_BASE_PROPERTY} system property (default 0).
   *
   * <pre>{@code
   * static LongStream seeds() {
   *   return DocumentGenerator.seeds(1_000);
   * }
   * }</pre>
   *
   * @param count how many seeds
   * @return the seeds
   */
  public static LongStream seeds(int count) {
    long base = Long.getLong(SEED_BASE_PROPERTY, 0L);
    return LongStream.range(base, base + count);
  }

  /** A property checked with the values of a generator for one seed; it may throw anything. */
  @FunctionalInterface
  public interface Property {
    /**
     * Checks the property with values from {@code generator}.
     *
     * @param generator a generator for the seed under test
     * @throws Throwable if the property does not hold
     */
    void check(DocumentGenerator generator) throws Throwable;
  }

  /**
   * Checks {@code property} with a generator for {@code seed}; whatever it throws is rethrown as an assertion error
   * whose message starts with the seed and says how to reproduce it.
   *
   * <pre>{@code
   * DocumentGenerator.forSeed(seed, generator -> assertThat(generator.validDocument().getClaims()).isNotNull());
   * }</pre>
   *
   * @param seed the seed
   * @param property the property
   * @throws AssertionError if the property throws
   */
  public static void forSeed(long seed, Property property) {
    try {
      property.check(new DocumentGenerator(seed));
    } catch (Throwable failure) {
      if (failure instanceof VirtualMachineError error) {
        throw error;
      }
      throw new AssertionError("Property failed for seed " + seed + " (reproduce with new DocumentGenerator(" + seed
          + "L) or -D" + SEED_BASE_PROPERTY + "=" + seed + "): " + failure, failure);
    }
  }

  /**
   * Returns a document that is valid by construction, of a small shape drawn from the seed: up to five claims, six
   * actors, three sources, four attributions per claim, four relations, and source texts of up to 120 code points.
   *
   * @return the document
   */
  public ClaimDocument validDocument() {
    int claims = choices.oneIn(20) ? 0 : choices.between(1, 5);
    return validDocument(new DocumentShape(claims, choices.between(1, 6), choices.between(1, 3),
        choices.between(1, 4), claims == 0 ? 0 : choices.below(5), choices.between(1, 120), true));
  }

  /**
   * Returns a document that is valid by construction, of the given shape.
   *
   * <pre>{@code
   * ClaimDocument benchmarkInput = new DocumentGenerator(20261123L).validDocument(DocumentShape.ofClaims(1_000));
   * }</pre>
   *
   * @param shape the numbers of claims, actors, sources and relations, and the other size knobs
   * @return the document
   */
  public ClaimDocument validDocument(DocumentShape shape) {
    return new DocumentDraft(shape, choices, times).build();
  }

  /**
   * Returns a document, valid or not, for properties that must hold for any document: a {@linkplain #validDocument()
   * valid document} with zero to four random kinds of damage done to it (see {@link #damagedDocument(int)}).
   *
   * @return the document
   */
  public ClaimDocument arbitraryDocument() {
    return damagedDocument(choices.below(5));
  }

  /**
   * Returns a {@linkplain #validDocument() valid document} with {@code kinds} random kinds of damage done to it, one
   * after the other: values no rule allows (blank, malformed, out of range, NaN), broken references, relays to
   * oneself, cycles, anchors that miss the text, empty or ambiguous times and quantities, duplicate claims, unknown
   * vocabulary terms. A damage may happen to leave the document valid.
   *
   * @param kinds how many kinds of damage to do, zero or more
   * @return the document
   */
  public ClaimDocument damagedDocument(int kinds) {
    ClaimDocument document = validDocument();
    Damage damage = new Damage(choices, times);
    for (int i = 0; i < kinds; i++) {
      document = damage.apply(document);
    }
    return document;
  }

  /**
   * Returns, with equal chances, a {@linkplain #validDocument() valid document} or an {@linkplain
   * #arbitraryDocument() arbitrary} one.
   *
   * @return the document
   */
  public ClaimDocument document() {
    return choices.coin() ? validDocument() : arbitraryDocument();
  }

  /**
   * Returns a time point of any precision (year, month, day, or instant with an offset) between 1990 and 2030.
   *
   * @return the time point
   */
  public TimePoint timePoint() {
    return times.any();
  }

  /**
   * Returns a text of 1 to 80 code points, mostly ASCII prose, that starts with a character outside the Basic
   * Multilingual Plane and may hold more of them.
   *
   * @return the text
   */
  public String text() {
    return new Prose(choices).text(choices.between(1, 80));
  }

  /**
   * Returns a string of up to 12 arbitrary characters, a string on the edge of some rule ({@code ""}, {@code "x-"},
   * {@code "Q0"}, ...), or an identifier: input for tests of the property constraints.
   *
   * @return the string
   */
  public String anyString() {
    return new Damage(choices, times).anyString();
  }

  /**
   * Returns a well-formed identifier of 1 to 20 characters.
   *
   * @return the identifier
   */
  public String identifier() {
    return new Damage(choices, times).identifier();
  }

  /**
   * Returns an integer in {@code [0, bound)}, drawn from the same seeded sequence as everything else, for a property
   * that needs one more choice.
   *
   * @param bound the upper bound, exclusive, positive
   * @return the integer
   */
  public int nextInt(int bound) {
    return choices.below(bound);
  }
}
