package io.github.geoclaims.jackson3.internal;

import io.github.geoclaims.json.JsonLimits;
import io.github.geoclaims.json.spi.TokenFactory;
import io.github.geoclaims.json.spi.TokenInput;
import io.github.geoclaims.json.spi.TokenOutput;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Jackson 3 parsers and generators under one set of limits: parsers that leave duplicate names to the model
 * readers, and generators whose factory rejects them itself when it parses an extension value written as raw JSON.
 */
public final class Jackson3Tokens implements TokenFactory {

  /** Gives each generator its own canonical pretty printer. */
  private static final ObjectWriteContext CANONICAL = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return CanonicalLayout.newPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  /** Writes, and parses the raw JSON of extension values on the way out, rejecting duplicate names itself. */
  private final JsonFactory checking;
  /** Parses documents, leaving duplicate names to the model readers ({@link TokenFactory}). */
  private final JsonFactory parsers;

  /**
   * Creates the factories.
   *
   * @param limits the limits, enforced through Jackson's {@link StreamReadConstraints}
   */
  public Jackson3Tokens(JsonLimits limits) {
    this.checking = factory(limits);
    this.parsers = checking.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /**
   * Returns a factory with the limits, duplicate detection, and the canonical byte choices of the Jackson 2
   * backend.
   *
   * @param limits the limits
   * @return a new factory
   */
  public static JsonFactory factory(JsonLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNameLength(limits.maxNameLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // The canonical bytes are those of the Jackson 2 backend: "/" as is, doubles by Double.toString, and a
        // character outside the BMP as its UTF-8 bytes (Jackson 3's default, enabled explicitly in Jackson 2).
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
  }

  @Override
  public TokenInput open(String json) {
    return input(() -> parsers.createParser(ObjectReadContext.empty(), json));
  }

  @Override
  public TokenInput open(byte[] json) {
    return input(() -> parsers.createParser(ObjectReadContext.empty(), json));
  }

  @Override
  public TokenInput open(InputStream json) {
    return input(() -> parsers.createParser(ObjectReadContext.empty(), json));
  }

  @Override
  public TokenInput open(Reader json) {
    return input(() -> parsers.createParser(ObjectReadContext.empty(), json));
  }

  @Override
  public TokenOutput write(OutputStream out) {
    try {
      return new Jackson3Output(checking.createGenerator(CANONICAL, out, JsonEncoding.UTF8), checking);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }


  private static TokenInput input(Supplier<JsonParser> opener) {
    try {
      return new Jackson3Input(opener.get());
    } catch (JacksonException e) {
      // Jackson checks some limits (the length of a String input) before the first token.
      throw Jackson3Input.translate(e, null);
    }
  }
}
