package io.github.geoclaims.jackson.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.geoclaims.json.JsonLimits;
import io.github.geoclaims.json.spi.TokenFactory;
import io.github.geoclaims.json.spi.TokenInput;
import io.github.geoclaims.json.spi.TokenOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Jackson 2 parsers and generators under one set of limits: parsers that leave duplicate names to the model
 * readers, and generators whose factory rejects them itself when it parses an extension value written as raw JSON.
 */
public final class Jackson2Tokens implements TokenFactory {

  /** Writes, and parses the raw JSON of extension values on the way out, rejecting duplicate names itself. */
  private final JsonFactory checking;
  /** Parses documents, leaving duplicate names to the model readers ({@link TokenFactory}). */
  private final JsonFactory parsers;

  /**
   * Creates the factories.
   *
   * @param limits the limits, enforced through Jackson's {@link StreamReadConstraints}
   */
  public Jackson2Tokens(JsonLimits limits) {
    this.checking = factory(limits);
    this.parsers = checking.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /**
   * Returns a factory with the limits, duplicate detection, and the canonical byte choices.
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
        // Canonical text is UTF-8 as is: a character outside the BMP (an emoji) is written as its four bytes,
        // not as an escaped surrogate pair.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
  }

  @Override
  public TokenInput open(String json) {
    return input(() -> parsers.createParser(json));
  }

  @Override
  public TokenInput open(byte[] json) {
    return input(() -> parsers.createParser(json));
  }

  @Override
  public TokenInput open(InputStream json) {
    return input(() -> parsers.createParser(json));
  }

  @Override
  public TokenInput open(Reader json) {
    return input(() -> parsers.createParser(json));
  }

  @Override
  public TokenOutput write(OutputStream out) {
    try {
      JsonGenerator generator = checking.createGenerator(out, JsonEncoding.UTF8);
      generator.setPrettyPrinter(CanonicalLayout.newPrinter());
      return new Jackson2Output(generator, checking);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /** Opens a parser; may fail with an I/O error. */
  @FunctionalInterface
  private interface ParserOpener {
    JsonParser open() throws IOException;
  }

  private static TokenInput input(ParserOpener opener) {
    try {
      return new Jackson2Input(opener.open());
    } catch (IOException e) {
      // Jackson checks some limits (the length of a String input) before the first token.
      throw Jackson2Input.translate(e, null);
    }
  }
}
