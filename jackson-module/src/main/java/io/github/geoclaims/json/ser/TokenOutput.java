package io.github.geoclaims.json.ser;

/**
 * A JSON token writer, implemented by an adapter for one JSON library (Jackson 2 today, Jackson 3 later). Layout
 * (indentation, line breaks) is the adapter's business; the model writers of this package only emit tokens.
 *
 * <p>Internal API: public only so that the adapters in other packages can reach it.
 *
 * <pre>{@code
 * out.startObject();
 * out.name("id");
 * out.string("north-korea");
 * out.endObject();
 * }</pre>
 */
public interface TokenOutput {

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
}
