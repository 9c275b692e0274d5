package io.github.geoclaims.json.spi;

/**
 * A JSON token writer, implemented by a backend ({@link JsonBackend}) in the canonical layout
 * ({@link TokenFactory#write}); the codec only emits tokens.
 *
 * <p>Service provider interface: implemented by backends, used by {@code geoclaims-json}. I/O failures are thrown
 * as {@link java.io.UncheckedIOException}.
 *
 * <pre>{@code
 * try (TokenOutput out = tokens.write(stream)) {
 *   out.startObject();
 *   out.name("id");
 *   out.string("north-korea");
 *   out.endObject();
 * }
 * }</pre>
 */
public interface TokenOutput extends AutoCloseable {

  /** Writes an opening brace. */
  void startObject();

  /** Writes a closing brace. */
  void endObject();

  /** Writes {@code [}. */
  void startArray();

  /** Writes {@code ]}. */
  void endArray();

  /**
   * Writes a property name.
   *
   * @param name the name
   */
  void name(String name);

  /**
   * Writes a string value.
   *
   * @param value the string
   */
  void string(String value);

  /**
   * Writes a number exactly as given, such as the {@code toPlainString()} of a BigDecimal.
   *
   * @param plainNumber a valid JSON number
   */
  void number(String plainNumber);

  /**
   * Writes an integer.
   *
   * @param value the integer
   */
  void number(long value);

  /**
   * Writes a double (finite).
   *
   * @param value the double
   */
  void number(double value);

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   */
  void bool(boolean value);

  /**
   * Writes one JSON value given as text (an extension value), re-laid out like everything else.
   *
   * @param json one JSON value, such as {@code {"score":0.8}}
   * @throws IllegalArgumentException if the text is not exactly one JSON value
   */
  void json(String json);

  /**
   * Ends the output: after a complete top-level value writes the final line break, then flushes and releases the
   * generator. The stream written to is left open.
   *
   * @throws java.io.UncheckedIOException if writing fails
   */
  @Override
  void close();
}
