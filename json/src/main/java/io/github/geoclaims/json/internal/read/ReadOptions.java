package io.github.geoclaims.json.internal.read;

/**
 * How to read: strict or lenient, the limits the codec enforces itself (the token input enforces the rest), and
 * whether to record value locations for mapping violations to lines.
 *
 * <p>Internal API.
 *
 * <pre>{@code
 * ReadOptions options = new ReadOptions(false, 100, 1000, true);
 * }</pre>
 *
 * @param lenient keep unknown properties as extensions and report model violations instead of failing
 * @param maxNumberLength the most digits a decimal may have when written out in plain notation
 * @param maxProblems the most problems collected before reading stops
 * @param trackLocations record the line and column of every value of a validated document read, to place the
 *     violations found
 */
public record ReadOptions(boolean lenient, int maxNumberLength, int maxProblems, boolean trackLocations) {

  /**
   * Returns these options without location tracking, for a first read of input that can be read again (see
   * {@link ModelReader.Reopenable}).
   *
   * <pre>{@code
   * ReadOptions firstPass = options.withoutLocations();
   * }</pre>
   *
   * @return the options, {@code trackLocations} false
   */
  public ReadOptions withoutLocations() {
    return new ReadOptions(lenient, maxNumberLength, maxProblems, false);
  }
}
