package io.github.geoclaims.json3;

import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.ReadResult;
import io.github.geoclaims.json.deser.InputException;
import io.github.geoclaims.json.deser.ModelReader;
import io.github.geoclaims.json.deser.ReadOptions;
import io.github.geoclaims.json.deser.TokenInput;
import io.github.geoclaims.json.ser.ModelWriter;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link ClaimDocument}s in the geoclaims JSON wire format ({@code docs/wire-format.md}) with
 * Jackson 3: the twin of geoclaims-jackson's {@code io.github.geoclaims.json.GeoClaimsJson}, with the same methods,
 * limits, problems and canonical bytes, and no Jackson 2 on the class path.
 *
 * <p>{@link #read(String) read} returns only valid documents: it checks the JSON structure and the model's rules,
 * and otherwise throws one {@link GeoClaimsJsonException} listing every problem with its JSON Pointer, line and
 * column. {@link #readLenient(String) readLenient} returns the document together with its problems, for feeds that
 * bend the vocabulary. {@link #write(ClaimDocument) write} produces the canonical layout: writing a document twice
 * gives identical bytes, the same bytes as the Jackson 2 facade.
 *
 * <p>Instances are immutable and thread-safe; share one. Limits against hostile input are on by default and
 * can be changed with {@link #builder()}; Jackson 3 enforces them through its {@link StreamReadConstraints}.
 *
 * <pre>{@code
 * GeoClaimsJson3 json = GeoClaimsJson3.standard();
 * ClaimDocument document = json.read(Path.of("kirby.json"));
 * String text = json.write(document);
 * }</pre>
 */
public final class GeoClaimsJson3 {

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

  private static final GeoClaimsJson3 STANDARD = builder().build();

  /** Gives each generator of {@link #write} its own canonical pretty printer. */
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

  private final JsonFactory factory;
  /** Parses whole documents: without Jackson's duplicate-name check, which the model reader makes itself. */
  private final JsonFactory documentParsers;
  private final ReadOptions strict;
  private final ReadOptions lenient;
  private final boolean validate;
  private final GeoClaimsValidator validator;

  private GeoClaimsJson3(Builder builder) {
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(builder.maxNestingDepth)
            .maxStringLength(builder.maxStringLength)
            .maxNumberLength(builder.maxNumberLength)
            .maxDocumentLength(builder.maxDocumentLength)
            .maxNameLength(Math.min(builder.maxStringLength, 50_000))
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // The canonical bytes are those of the Jackson 2 facade: "/" as is, doubles by Double.toString, and a
        // character outside the BMP as its UTF-8 bytes (Jackson 3's default, enabled explicitly in Jackson 2).
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
    this.documentParsers = factory.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    this.strict = new ReadOptions(false, builder.maxNumberLength, builder.maxProblems, true);
    this.lenient = new ReadOptions(true, builder.maxNumberLength, builder.maxProblems, true);
    this.validate = builder.validate;
    this.validator = builder.validator;
  }

  /**
   * Returns the shared instance with the default limits and validation.
   *
   * <pre>{@code
   * ClaimDocument document = GeoClaimsJson3.standard().read(json);
   * }</pre>
   */
  public static GeoClaimsJson3 standard() {
    return STANDARD;
  }

  /**
   * Returns a builder for an instance with other limits or another validator.
   *
   * <pre>{@code
   * GeoClaimsJson3 json = GeoClaimsJson3.builder().maxDocumentLength(1L << 30).build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * Reads a valid document from JSON text.
   *
   * <pre>{@code
   * ClaimDocument document = json.read("{\"schemaVersion\": \"1.0\", \"id\": \"empty\"}");
   * }</pre>
   *
   * @param json the JSON text; a leading byte order mark is ignored
   * @return the document, valid by every rule of the model
   * @throws GeoClaimsJsonException listing every problem, structural and semantic
   */
  public ClaimDocument read(String json) {
    String text = stripBom(json);
    return readStrict(() -> documentParsers.createParser(ObjectReadContext.empty(), text), true);
  }

  /**
   * Reads a valid document from JSON bytes (UTF-8; UTF-16 and UTF-32 with or without a byte order mark are
   * detected).
   *
   * <pre>{@code
   * ClaimDocument document = json.read(Files.readAllBytes(path));
   * }</pre>
   *
   * @param json the bytes
   * @return the document
   * @throws GeoClaimsJsonException listing every problem
   */
  public ClaimDocument read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readStrict(() -> documentParsers.createParser(ObjectReadContext.empty(), json), true);
  }

  /**
   * Reads a valid document from a stream, which is left open.
   *
   * <pre>{@code
   * try (InputStream in = connection.getInputStream()) {
   *   ClaimDocument document = json.read(in);
   * }
   * }</pre>
   *
   * @param json the stream of bytes, see {@link #read(byte[])}
   * @return the document
   * @throws GeoClaimsJsonException listing every problem
   * @throws UncheckedIOException if reading the stream fails
   */
  public ClaimDocument read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return readStrict(() -> documentParsers.createParser(ObjectReadContext.empty(), json), false);
  }

  /**
   * Reads a valid document from a file.
   *
   * <pre>{@code
   * ClaimDocument document = json.read(Path.of("kirby.json"));
   * }</pre>
   *
   * @param file the file, see {@link #read(byte[])} for encodings
   * @return the document
   * @throws GeoClaimsJsonException listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public ClaimDocument read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a valid document from a reader, which is left open.
   *
   * <pre>{@code
   * ClaimDocument document = json.read(new StringReader(text));
   * }</pre>
   *
   * @param json the characters; a leading byte order mark is ignored
   * @return the document
   * @throws GeoClaimsJsonException listing every problem
   * @throws UncheckedIOException if reading fails
   */
  public ClaimDocument read(Reader json) {
    Reader reader = stripBom(json);
    return readStrict(() -> documentParsers.createParser(ObjectReadContext.empty(), reader), false);
  }

  /**
   * Reads a document leniently: unknown properties are kept as extension properties and reported, and broken model
   * rules (such as non-standard vocabulary values) are reported instead of failing the read.
   *
   * <pre>{@code
   * ReadResult<ClaimDocument> result = json.readLenient(feedText);
   * result.problems().forEach(problem -> log.warn(problem.toString()));
   * }</pre>
   *
   * @param json the JSON text
   * @return the document with its problems
   * @throws GeoClaimsJsonException if no document holding the whole input can be built: malformed JSON, a broken
   *     limit, a missing required property, a value of the wrong type, an unsupported version
   */
  public ReadResult<ClaimDocument> readLenient(String json) {
    String text = stripBom(json);
    return readLenient(() -> documentParsers.createParser(ObjectReadContext.empty(), text), true);
  }

  /**
   * Reads a document leniently from bytes, see {@link #readLenient(String)}.
   *
   * <pre>{@code
   * ReadResult<ClaimDocument> result = json.readLenient(bytes);
   * }</pre>
   *
   * @param json the bytes
   * @return the document with its problems
   * @throws GeoClaimsJsonException if no document can be built
   */
  public ReadResult<ClaimDocument> readLenient(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readLenient(() -> documentParsers.createParser(ObjectReadContext.empty(), json), true);
  }

  /**
   * Reads a document leniently from a stream, which is left open; see {@link #readLenient(String)}.
   *
   * <pre>{@code
   * ReadResult<ClaimDocument> result = json.readLenient(in);
   * }</pre>
   *
   * @param json the stream
   * @return the document with its problems
   * @throws GeoClaimsJsonException if no document can be built
   */
  public ReadResult<ClaimDocument> readLenient(InputStream json) {
    Objects.requireNonNull(json, "json");
    return readLenient(() -> documentParsers.createParser(ObjectReadContext.empty(), json), false);
  }

  /**
   * Reads a document leniently from a file; see {@link #readLenient(String)}.
   *
   * <pre>{@code
   * ReadResult<ClaimDocument> result = json.readLenient(Path.of("feed.json"));
   * }</pre>
   *
   * @param file the file
   * @return the document with its problems
   * @throws GeoClaimsJsonException if no document can be built
   */
  public ReadResult<ClaimDocument> readLenient(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readLenient(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document leniently from a reader, which is left open; see {@link #readLenient(String)}.
   *
   * <pre>{@code
   * ReadResult<ClaimDocument> result = json.readLenient(reader);
   * }</pre>
   *
   * @param json the characters
   * @return the document with its problems
   * @throws GeoClaimsJsonException if no document can be built
   */
  public ReadResult<ClaimDocument> readLenient(Reader json) {
    Reader reader = stripBom(json);
    return readLenient(() -> documentParsers.createParser(ObjectReadContext.empty(), reader), false);
  }

  private ClaimDocument readStrict(Supplier<JsonParser> source, boolean repeatable) {
    ModelReader.Outcome<ClaimDocument> outcome = parse(source, strict, repeatable);
    if (outcome.failed(false)) {
      throw new GeoClaimsJsonException(outcome.problems());
    }
    return outcome.value();
  }

  private ReadResult<ClaimDocument> readLenient(Supplier<JsonParser> source, boolean repeatable) {
    ModelReader.Outcome<ClaimDocument> outcome = parse(source, lenient, repeatable);
    if (outcome.failed(true)) {
      throw new GeoClaimsJsonException(outcome.problems());
    }
    return new ReadResult<>(outcome.value(), outcome.problems());
  }

  /** Reads a document; input that can be read twice is read without recording locations (see ModelReader). */
  private ModelReader.Outcome<ClaimDocument> parse(Supplier<JsonParser> source, ReadOptions options,
      boolean repeatable) {
    GeoClaimsValidator rules = validate ? (validator != null ? validator : GeoClaimsValidator.shared()) : null;
    return repeatable
        ? ModelReader.readDocument(read -> withInput(source, read), options, rules)
        : withInput(source, in -> ModelReader.readDocument(in, options, rules));
  }

  private ModelReader.Outcome<ClaimDocument> withInput(Supplier<JsonParser> source,
      Function<TokenInput, ModelReader.Outcome<ClaimDocument>> read) {
    JsonParser opened;
    try {
      opened = source.get();
    } catch (JacksonException e) {
      // Jackson checks some limits (the length of a String input) before the first token.
      RuntimeException translated = Jackson3Input.translate(e, null);
      if (translated instanceof InputException) {
        InputException problem = (InputException) translated;
        throw new GeoClaimsJsonException(List.of(new JsonProblem("", Math.max(1, problem.line()),
            Math.max(1, problem.column()), problem.code(), problem.getMessage())));
      }
      throw translated;
    }
    try (JsonParser parser = opened) {
      return read.apply(new Jackson3Input(parser));
    } catch (JacksonIOException e) {
      // Only closing the parser can end here: reading translates its exceptions.
      throw new UncheckedIOException(e.getCause());
    }
  }

  private static String stripBom(String json) {
    Objects.requireNonNull(json, "json");
    return !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
  }

  private static Reader stripBom(Reader json) {
    PushbackReader reader = new PushbackReader(Objects.requireNonNull(json, "json"), 1);
    try {
      int first = reader.read();
      if (first >= 0 && first != '\uFEFF') {
        reader.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reader;
  }

  // ------------------------------------------------------------------------------------------------ writing

  /**
   * Writes a document in the canonical layout (see the class comment). The document is not validated: what was
   * read leniently can be written back.
   *
   * <pre>{@code
   * String text = json.write(document);
   * }</pre>
   *
   * @param document the document
   * @return the JSON text, ending with a line break
   * @throws IllegalArgumentException if an extension value is not one JSON value, or an extension has the name
   *     of a standard property
   */
  public String write(ClaimDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(document, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a document in the canonical layout as UTF-8 to a stream, which is flushed and left open.
   *
   * <pre>{@code
   * json.write(document, System.out);
   * }</pre>
   *
   * @param document the document
   * @param out the stream
   * @throws IllegalArgumentException as {@link #write(ClaimDocument)}
   * @throws UncheckedIOException if writing fails
   */
  public void write(ClaimDocument document, OutputStream out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(CANONICAL, out, JsonEncoding.UTF8)) {
      ModelWriter.write(document, new Jackson3Output(generator, factory));
      generator.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a document in the canonical layout as UTF-8 to a file, replacing it.
   *
   * <pre>{@code
   * json.write(document, Path.of("kirby.json"));
   * }</pre>
   *
   * @param document the document
   * @param file the file
   * @throws IllegalArgumentException as {@link #write(ClaimDocument)}
   * @throws UncheckedIOException if writing fails
   */
  public void write(ClaimDocument document, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------------------------------ databind

  /**
   * Returns a new Jackson 3 {@link JsonMapper} for geoclaims types: this instance's limits, the
   * {@link GeoClaimsModule3}, the canonical layout when indenting, trailing tokens rejected. It maps without
   * validating; see {@link GeoClaimsModule3}. Jackson 3 mappers are immutable: configure further with
   * {@code mapper.rebuild()}.
   *
   * <pre>{@code
   * JsonMapper mapper = GeoClaimsJson3.standard().mapper();
   * Claim claim = mapper.readValue(text, Claim.class);
   * }</pre>
   */
  public JsonMapper mapper() {
    return JsonMapper.builder(factory)
        .addModule(new GeoClaimsModule3())
        .defaultPrettyPrinter(CanonicalLayout.printer())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * Returns the canonical layout as a Jackson 3 pretty printer, for mappers configured elsewhere.
   *
   * <pre>{@code
   * String text = mapper.writer().with(GeoClaimsJson3.canonicalPrettyPrinter()).writeValueAsString(claim);
   * }</pre>
   */
  public static PrettyPrinter canonicalPrettyPrinter() {
    return CanonicalLayout.printer();
  }

  /**
   * Builds a {@link GeoClaimsJson3} with other limits. Every limit, when broken, ends the read with a
   * {@link GeoClaimsJsonException} whose problem has the code {@code json.limit}.
   *
   * <pre>{@code
   * GeoClaimsJson3 json = GeoClaimsJson3.builder()
   *     .maxStringLength(50_000_000)
   *     .maxDocumentLength(1L << 30)
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;
    private boolean validate = true;
    private GeoClaimsValidator validator;

    private Builder() {}

    /**
     * Sets the deepest nesting of objects and arrays (default {@value #DEFAULT_MAX_NESTING_DEPTH}).
     *
     * <pre>{@code
     * builder.maxNestingDepth(32);
     * }</pre>
     *
     * @param depth at least 12
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = atLeast(depth, 12, "maxNestingDepth");
      return this;
    }

    /**
     * Sets the longest string value or extension value string, in characters (default 10,000,000).
     *
     * <pre>{@code
     * builder.maxStringLength(50_000_000);
     * }</pre>
     *
     * @param length at least 1
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = atLeast(length, 1, "maxStringLength");
      return this;
    }

    /**
     * Sets the longest number, in characters as written, and in digits when written out without exponent
     * (default {@value #DEFAULT_MAX_NUMBER_LENGTH}).
     *
     * <pre>{@code
     * builder.maxNumberLength(40);
     * }</pre>
     *
     * @param length at least 20
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = atLeast(length, 20, "maxNumberLength");
      return this;
    }

    /**
     * Sets the largest document, in bytes for byte input and characters for text input (default 256 MB).
     *
     * <pre>{@code
     * builder.maxDocumentLength(1L << 30);
     * }</pre>
     *
     * @param length at least 1
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      if (length < 1) {
        throw new IllegalArgumentException("maxDocumentLength must be at least 1 but was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * Sets how many problems are collected before reading stops (default {@value #DEFAULT_MAX_PROBLEMS}).
     *
     * <pre>{@code
     * builder.maxProblems(100);
     * }</pre>
     *
     * @param count at least 1
     * @return this builder
     */
    public Builder maxProblems(int count) {
      this.maxProblems = atLeast(count, 1, "maxProblems");
      return this;
    }

    /**
     * Sets the validator of the model's rules (default {@link GeoClaimsValidator#shared()}), for example one that
     * delegates to a container's Jakarta validator with extra constraints.
     *
     * <pre>{@code
     * builder.validator(GeoClaimsValidator.using(containerValidator));
     * }</pre>
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(GeoClaimsValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      this.validate = true;
      return this;
    }

    /**
     * Turns the model's rules off or on (default on). Without them, reading checks the JSON structure only, as the
     * {@link GeoClaimsModule3} does; for trusted input where speed matters.
     *
     * <pre>{@code
     * GeoClaimsJson3 trusted = GeoClaimsJson3.builder().validate(false).build();
     * }</pre>
     *
     * @param validate whether to validate
     * @return this builder
     */
    public Builder validate(boolean validate) {
      this.validate = validate;
      return this;
    }

    /**
     * Returns the configured instance.
     *
     * <pre>{@code
     * GeoClaimsJson3 json = builder.build();
     * }</pre>
     */
    public GeoClaimsJson3 build() {
      return new GeoClaimsJson3(this);
    }

    private static int atLeast(int value, int minimum, String name) {
      if (value < minimum) {
        throw new IllegalArgumentException(name + " must be at least " + minimum + " but was " + value);
      }
      return value;
    }
  }
}
