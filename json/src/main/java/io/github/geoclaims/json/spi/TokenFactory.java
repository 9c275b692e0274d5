package io.github.geoclaims.json.spi;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;

/**
 * Opens a backend's token inputs and outputs under one set of limits ({@link JsonBackend#tokenFactory}). Inputs
 * never close the stream or reader they read; outputs never close the stream they write. Inputs leave a property
 * name that occurs twice in one object to the model readers, which check it more cheaply than a parser's set per
 * object ({@link TokenInput#detectsDuplicates()} is {@code false}).
 *
 * <p>Every method may throw {@link InputException} when the input breaks a limit before its first token, and
 * {@link java.io.UncheckedIOException} when I/O fails.
 *
 * <pre>{@code
 * try (TokenInput in = tokens.open(bytes)) {
 *   in.next();
 * }
 * }</pre>
 */
public interface TokenFactory {

  /**
   * Opens an input over JSON text.
   *
   * <pre>{@code
   * TokenInput in = tokens.open("{\"id\":\"x\"}");
   * }</pre>
   *
   * @param json the text, without a byte order mark
   * @return the input, before its first token
   */
  TokenInput open(String json);

  /**
   * Opens an input over JSON bytes in UTF-8, UTF-16 or UTF-32 (detected, with or without a byte order mark).
   *
   * <pre>{@code
   * TokenInput in = tokens.open(Files.readAllBytes(path));
   * }</pre>
   *
   * @param json the bytes
   * @return the input, before its first token
   */
  TokenInput open(byte[] json);

  /**
   * Opens an input over a stream of JSON bytes, which is left open.
   *
   * <pre>{@code
   * TokenInput in = tokens.open(connection.getInputStream());
   * }</pre>
   *
   * @param json the stream
   * @return the input, before its first token
   */
  TokenInput open(InputStream json);

  /**
   * Opens an input over characters, which are left open.
   *
   * <pre>{@code
   * TokenInput in = tokens.open(new StringReader(text));
   * }</pre>
   *
   * @param json the reader, after any byte order mark
   * @return the input, before its first token
   */
  TokenInput open(Reader json);

  /**
   * Opens an output that writes UTF-8 in the canonical layout of {@code docs/wire-format.md}: two-space
   * indentation, one array element per line, {@code "name": value}, {@code {}} and {@code []} when empty,
   * {@code "\n"} line breaks, characters outside the BMP as their four UTF-8 bytes, doubles as
   * {@link Double#toString(double)}.
   *
   * <pre>{@code
   * try (TokenOutput out = tokens.write(System.out)) {
   *   out.startObject();
   *   out.endObject();
   * }
   * }</pre>
   *
   * @param out the stream, left open
   * @return the output
   */
  TokenOutput write(OutputStream out);
}
