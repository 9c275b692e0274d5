package io.github.geoclaims.json;

/**
 * The limits a read enforces against hostile input; breaking one ends the read with a problem coded
 * {@code json.limit}. {@link GeoClaimsJson.Builder} sets them; backends enforce the first four in their parsers.
 *
 * <pre>{@code
 * JsonLimits limits = GeoClaimsJson.standard().limits();
 * int depth = limits.maxNestingDepth();   // 64
 * }</pre>
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string, in characters
 * @param maxNumberLength the longest number, in characters as written and in digits when written out in plain
 *     notation
 * @param maxDocumentLength the largest document, in bytes for byte input and characters for text input
 * @param maxProblems how many problems are collected before reading stops
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength,
    int maxProblems) {

  /** Default deepest nesting of objects and arrays; the format itself needs fewer than 12 levels. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** Default longest string, in characters (10 MB: source texts can be long). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000_000;
  /** Default longest number, in characters, as written or when written out in plain notation. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** Default largest document, in bytes (or characters for text input): 256 MB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
  /** Default largest number of problems collected before reading stops. */
  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  /** The default limits. */
  public static final JsonLimits DEFAULT = new JsonLimits(DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH,
      DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_PROBLEMS);

  /**
   * Returns the longest property name a backend should accept: names of the format are short, so a name is held
   * to the string limit but never more than 50,000 characters.
   *
   * <pre>{@code
   * int longest = limits.maxNameLength();
   * }</pre>
   */
  public int maxNameLength() {
    return Math.min(maxStringLength, 50_000);
  }
}
