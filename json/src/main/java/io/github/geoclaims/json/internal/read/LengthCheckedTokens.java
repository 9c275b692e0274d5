package io.github.geoclaims.json.internal.read;

import io.github.geoclaims.json.spi.InputException;
import io.github.geoclaims.json.spi.TokenFactory;
import io.github.geoclaims.json.spi.TokenInput;
import io.github.geoclaims.json.spi.TokenOutput;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;

/**
 * A backend's token factory that refuses a text or byte array longer than {@code maxDocumentLength} before it reads
 * a token, whatever the backend's version does. A backend enforces the limit as it loads more input, which catches
 * every stream; but Jackson 2 before 2.20 never checks an input it holds whole from the start (a {@code String} or a
 * {@code byte[]}), so on the lowest supported Jackson the limit would silently not apply to them.
 *
 * <p>Internal API.
 */
public final class LengthCheckedTokens implements TokenFactory {

  private final TokenFactory backend;
  private final long maxDocumentLength;

  /**
   * Wraps a backend's token factory.
   *
   * @param backend the backend's factory
   * @param maxDocumentLength the largest document, in characters for text and in bytes for byte input
   */
  public LengthCheckedTokens(TokenFactory backend, long maxDocumentLength) {
    this.backend = backend;
    this.maxDocumentLength = maxDocumentLength;
  }

  @Override
  public TokenInput open(String json) {
    requireWithinLimit(json.length(), "characters");
    return backend.open(json);
  }

  @Override
  public TokenInput open(byte[] json) {
    requireWithinLimit(json.length, "bytes");
    return backend.open(json);
  }

  @Override
  public TokenInput open(InputStream json) {
    return backend.open(json);
  }

  @Override
  public TokenInput open(Reader json) {
    return backend.open(json);
  }

  @Override
  public TokenOutput write(OutputStream out) {
    return backend.write(out);
  }

  private void requireWithinLimit(long length, String unit) {
    if (length > maxDocumentLength) {
      throw new InputException("json.limit", "Input exceeds a limit: the document is " + length + " " + unit
          + " long, more than maxDocumentLength (" + maxDocumentLength + ")", 1, 1);
    }
  }
}
