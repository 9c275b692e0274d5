package io.github.geoclaims.json;

import io.github.geoclaims.json.internal.read.LengthCheckedTokens;
import io.github.geoclaims.json.internal.read.ModelReader;
import io.github.geoclaims.json.internal.read.ReadOptions;
import io.github.geoclaims.json.internal.write.CompactOutput;
import io.github.geoclaims.json.internal.write.ModelWriter;
import io.github.geoclaims.json.internal.write.Utf8Chunks;
import io.github.geoclaims.json.spi.InputException;
import io.github.geoclaims.json.spi.JsonBackend;
import io.github.geoclaims.json.spi.TokenFactory;
import io.github.geoclaims.json.spi.TokenInput;
import io.github.geoclaims.json.spi.TokenOutput;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Reads and writes {@link ClaimDocument}s in the geoclaims JSON wire format ({@code docs/wire-format.md}).
 *
 * <p>{@link #read(String) read} returns only valid documents: it checks the JSON structure and the model's rules,
 * and otherwise throws one {@link GeoClaimsJsonException} listing every problem with its JSON Pointer, line and
 * column. {@link #readLenient(String) readLenient} returns the document together with its problems, for feeds that
 * bend the vocabulary. {@link #write(ClaimDocument) write} produces the canonical layout: writing a document twice
 * gives identical bytes.
 *
 * <p>Instances are immutable and thread-safe; share one. Limits against hostile input are on by default and
 * can be changed with {@link #builder()}. The JSON library underneath is a backend ({@link JsonBackend}):
 * {@code geoclaims-jackson} (Jackson 2) or {@code geoclaims-jackson3} (Jackson 3), found on the class path or named
 * with {@link Builder#backend(JsonBackend)}; both give the same problems and the same bytes.
 *
 * <pre>{@code
 * GeoClaimsJson json = GeoClaimsJson.standard();
 * ClaimDocument document = json.read(Path.of("kirby.json"));
 * String text = json.write(document);
 * }</pre>
 */
public final class GeoClaimsJson {

  private static final GeoClaimsJson STANDARD = builder().build();
  /** The bytes read from a file at a time by a streaming read. */
  private static final int FILE_BUFFER = 128 << 10;

  private final JsonBackend backend;
  private final TokenFactory tokens;
  private final JsonLimits limits;
  private final ReadOptions strict;
  private final ReadOptions lenient;
  private final GeoClaimsValidator validator;

  private GeoClaimsJson(Builder builder) {
    this.backend = builder.backend != null ? builder.backend : Backends.DISCOVERED;
    this.limits = new JsonLimits(builder.maxNestingDepth, builder.maxStringLength, builder.maxNumberLength,
        builder.maxDocumentLength, builder.maxProblems);
    this.tokens = new LengthCheckedTokens(backend.tokenFactory(limits), limits.maxDocumentLength());
    this.strict = new ReadOptions(false, limits.maxNumberLength(), limits.maxProblems(), true);
    this.lenient = new ReadOptions(true, limits.maxNumberLength(), limits.maxProblems(), true);
    this.validator = !builder.validate ? null : builder.validator != null ? builder.validator
        : GeoClaimsValidator.shared();
  }

  /** The backend found on the class path, looked up once, when first needed. */
  private static final class Backends {
    static final JsonBackend DISCOVERED = ServiceLoader.load(JsonBackend.class, GeoClaimsJson.class.getClassLoader())
        .stream()
        .map(ServiceLoader.Provider::get)
        .max(Comparator.comparingInt(JsonBackend::priority).thenComparing(JsonBackend::name))
        .orElseThrow(() -> new IllegalStateException("No geoclaims JSON backend on the class path: add"
            + " io.github.geoclaims:geoclaims-jackson (Jackson 2) or io.github.geoclaims:geoclaims-jackson3"
            + " (Jackson 3), or name one with GeoClaimsJson.builder().backend(...)"));
  }

  /**
   * Returns the shared instance with the default limits and validation.
   *
   * <pre>{@code
   * ClaimDocument document = GeoClaimsJson.standard().read(json);
   * }</pre>
   */
  public static GeoClaimsJson standard() {
    return STANDARD;
  }

  /**
   * Returns a builder for an instance with other limits or another validator.
   *
   * <pre>{@code
   * GeoClaimsJson json = GeoClaimsJson.builder().maxDocumentLength(1L << 30).build();
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
    return readStrict(() -> tokens.open(text), true);
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
    return readStrict(() -> tokens.open(json), true);
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
    return readStrict(() -> tokens.open(json), false);
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
    Reader characters = stripBom(json);
    return readStrict(() -> tokens.open(characters), false);
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
    return readLenient(() -> tokens.open(text), true);
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
    return readLenient(() -> tokens.open(json), true);
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
    return readLenient(() -> tokens.open(json), false);
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
    Reader characters = stripBom(json);
    return readLenient(() -> tokens.open(characters), false);
  }

  /** Opens the input of one read. */
  @FunctionalInterface
  private interface Opener {
    /** Opens the input. */
    TokenInput open();
  }

  private ClaimDocument readStrict(Opener source, boolean repeatable) {
    ModelReader.Outcome<ClaimDocument> outcome = parse(source, strict, repeatable);
    if (outcome.failed(false)) {
      throw new GeoClaimsJsonException(outcome.problems());
    }
    return outcome.value();
  }

  private ReadResult<ClaimDocument> readLenient(Opener source, boolean repeatable) {
    ModelReader.Outcome<ClaimDocument> outcome = parse(source, lenient, repeatable);
    if (outcome.failed(true)) {
      throw new GeoClaimsJsonException(outcome.problems());
    }
    return new ReadResult<>(outcome.value(), outcome.problems());
  }

  /** Reads a document; input that can be read twice is read without recording locations (see ModelReader). */
  private ModelReader.Outcome<ClaimDocument> parse(Opener source, ReadOptions options, boolean repeatable) {
    return repeatable
        ? ModelReader.readDocument(read -> withInput(source, read), options, validator)
        : withInput(source, in -> ModelReader.readDocument(in, options, validator));
  }

  /** Opens a whole-document input (the reader checks duplicate names itself), runs {@code read}, closes it. */
  private static ModelReader.Outcome<ClaimDocument> withInput(Opener source,
      Function<TokenInput, ModelReader.Outcome<ClaimDocument>> read) {
    try (TokenInput input = open(source)) {
      return read.apply(input);
    }
  }

  /** Opens an input; a limit the backend checks before the first token (a long text) becomes the read's problem. */
  private static TokenInput open(Opener source) {
    try {
      return source.open();
    } catch (InputException problem) {
      throw new GeoClaimsJsonException(List.of(new JsonProblem("", Math.max(1, problem.line()),
          Math.max(1, problem.column()), problem.code(), problem.getMessage())));
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
    Utf8Chunks out = new Utf8Chunks();
    write(document, out);
    return out.text();
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
    try (TokenOutput output = tokens.write(out)) {
      ModelWriter.write(document, output);
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

  // ------------------------------------------------------------------------------------------------ JSON Lines

  /**
   * Writes a document as one compact line of JSON, for JSON Lines: the canonical document's properties in the same
   * order, with no whitespace between tokens and no line break (a line break in a text is written escaped, so none
   * can occur). Every backend writes the same line. The document is not validated, as by
   * {@link #write(ClaimDocument)}.
   *
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(Path.of("articles.jsonl"))) {
   *   for (ClaimDocument document : documents) {
   *     out.write(json.writeLine(document));
   *     out.write('\n');
   *   }
   * }
   * }</pre>
   *
   * @param document the document
   * @return the JSON text on one line, without a line break
   * @throws IllegalArgumentException as {@link #write(ClaimDocument)}
   */
  public String writeLine(ClaimDocument document) {
    Objects.requireNonNull(document, "document");
    CompactOutput output = new CompactOutput(tokens);
    ModelWriter.write(document, output);
    return output.text();
  }

  /**
   * Opens a reader of JSON Lines of documents: one document per line, each read and validated strictly on its own,
   * a bad line reported with its problems without ending the reading; see {@link DocumentLineReader}. Closing the
   * line reader closes {@code lines}.
   *
   * <pre>{@code
   * try (DocumentLineReader lines = json.lineReader(new StringReader(text))) {
   *   lines.forEachRemaining(line -> line.document().ifPresent(documents::add));
   * }
   * }</pre>
   *
   * @param lines the text, one document per line
   * @return the reader, before its first line
   */
  public DocumentLineReader lineReader(Reader lines) {
    return new DocumentLineReader(this, new BufferedReader(stripBom(lines)));
  }

  /**
   * Opens a reader of a JSON Lines file of documents in UTF-8; see {@link #lineReader(Reader)}.
   *
   * <pre>{@code
   * try (DocumentLineReader lines = json.lineReader(Path.of("articles.jsonl"))) { ... }
   * }</pre>
   *
   * @param file the file, one document per line
   * @return the reader, before its first line
   * @throws UncheckedIOException if the file cannot be opened
   */
  public DocumentLineReader lineReader(Path file) {
    try {
      return lineReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------------------------------ streaming

  /**
   * Opens a strict streaming reader over a large document: it reads the header (everything before {@code "claims"})
   * now, then one validated claim per {@link ClaimStreamReader#next()}, and the relations at the end; see
   * {@link ClaimStreamReader}. The stream is left open when the reader is closed.
   *
   * <pre>{@code
   * try (ClaimStreamReader claims = json.claimReader(connection.getInputStream())) {
   *   claims.forEachRemaining(this::index);
   * }
   * }</pre>
   *
   * @param json the bytes of one document in the canonical property order
   * @return the reader, after the header
   * @throws GeoClaimsJsonException if the header has a problem
   */
  public ClaimStreamReader claimReader(InputStream json) {
    return openClaimReader(json, strict, null);
  }

  /**
   * Opens a strict streaming reader over a file; closing the reader closes the file. See
   * {@link #claimReader(InputStream)}.
   *
   * <pre>{@code
   * try (ClaimStreamReader claims = json.claimReader(Path.of("huge.json"))) {
   *   while (claims.hasNext()) { process(claims.next()); }
   * }
   * }</pre>
   *
   * @param file the file
   * @return the reader, after the header
   * @throws GeoClaimsJsonException if the header has a problem
   * @throws UncheckedIOException if the file cannot be opened
   */
  public ClaimStreamReader claimReader(Path file) {
    return openClaimReader(file, strict);
  }

  /**
   * Opens a lenient streaming reader: claims that break model rules are returned and their problems collected in
   * {@link ClaimStreamReader#problems()}, as {@link #readLenient(InputStream)} does for a whole document.
   *
   * <pre>{@code
   * try (ClaimStreamReader claims = json.lenientClaimReader(in)) { ... claims.problems() ... }
   * }</pre>
   *
   * @param json the bytes
   * @return the reader, after the header
   * @throws GeoClaimsJsonException if the header cannot be read
   */
  public ClaimStreamReader lenientClaimReader(InputStream json) {
    return openClaimReader(json, lenient, null);
  }

  /**
   * Opens a lenient streaming reader over a file; see {@link #lenientClaimReader(InputStream)}.
   *
   * <pre>{@code
   * try (ClaimStreamReader claims = json.lenientClaimReader(Path.of("feed.json"))) { ... }
   * }</pre>
   *
   * @param file the file
   * @return the reader, after the header
   * @throws GeoClaimsJsonException if the header cannot be read
   * @throws UncheckedIOException if the file cannot be opened
   */
  public ClaimStreamReader lenientClaimReader(Path file) {
    return openClaimReader(file, lenient);
  }

  private ClaimStreamReader openClaimReader(Path file, ReadOptions options) {
    InputStream in;
    try {
      // The parser asks for 8,000 bytes at a time: read the file in larger pieces, one system call per 128 KB.
      in = new BufferedInputStream(Files.newInputStream(file), FILE_BUFFER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return openClaimReader(in, options, in);
  }

  private ClaimStreamReader openClaimReader(InputStream json, ReadOptions options, Closeable file) {
    Objects.requireNonNull(json, "json");
    TokenInput input;
    try {
      // The model readers check duplicate names, as in a whole-document read, and StreamInput those of the
      // document object, which no one of them sees whole.
      input = tokens.open(json);
    } catch (RuntimeException e) {
      closeQuietly(file);
      throw e;
    }
    Closeable resources = () -> {
      try {
        input.close();
      } finally {
        if (file != null) {
          file.close();
        }
      }
    };
    return ClaimStreamReader.open(input, options, validator, resources);
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException ignored) {
        // the failure to open is what matters
      }
    }
  }

  /**
   * Opens a streaming writer: the header, then one claim at a time, then the relations, in the canonical layout,
   * byte for byte as {@link #write(ClaimDocument, OutputStream)}; see {@link ClaimStreamWriter}. Closing the writer
   * ends the document and flushes; the stream is left open.
   *
   * <pre>{@code
   * try (ClaimStreamWriter out = json.claimWriter(System.out)) {
   *   out.writeHeader(header);
   *   claims.forEach(out::writeClaim);
   * }
   * }</pre>
   *
   * @param out the stream, written as UTF-8
   * @return the writer
   * @throws UncheckedIOException if the output cannot be opened
   */
  public ClaimStreamWriter claimWriter(OutputStream out) {
    return openClaimWriter(Objects.requireNonNull(out, "out"), null);
  }

  /**
   * Opens a streaming writer to a file, replacing it; closing the writer closes the file. See
   * {@link #claimWriter(OutputStream)}.
   *
   * <pre>{@code
   * try (ClaimStreamWriter out = json.claimWriter(Path.of("huge.json"))) { ... }
   * }</pre>
   *
   * @param file the file
   * @return the writer
   * @throws UncheckedIOException if the file cannot be opened
   */
  public ClaimStreamWriter claimWriter(Path file) {
    OutputStream out;
    try {
      out = Files.newOutputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return openClaimWriter(new BufferedOutputStream(out, 1 << 16), out);
  }

  private ClaimStreamWriter openClaimWriter(OutputStream out, Closeable file) {
    TokenOutput output;
    try {
      output = tokens.write(out);
    } catch (RuntimeException e) {
      closeQuietly(file);
      throw e;
    }
    return ClaimStreamWriter.open(output, () -> {
      try {
        output.close();
        out.flush();
      } finally {
        if (file != null) {
          file.close();
        }
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ configuration

  /**
   * Returns the limits this instance reads under.
   *
   * <pre>{@code
   * int problems = GeoClaimsJson.standard().limits().maxProblems();   // 1000
   * }</pre>
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns the backend that parses and generates the tokens.
   *
   * <pre>{@code
   * String library = GeoClaimsJson.standard().backend().name();   // "jackson3" or "jackson2"
   * }</pre>
   */
  public JsonBackend backend() {
    return backend;
  }

  /**
   * Builds a {@link GeoClaimsJson} with other limits. Every limit, when broken, ends the read with a
   * {@link GeoClaimsJsonException} whose problem has the code {@code json.limit}.
   *
   * <pre>{@code
   * GeoClaimsJson json = GeoClaimsJson.builder()
   *     .maxStringLength(50_000_000)
   *     .maxDocumentLength(1L << 30)
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private int maxNestingDepth = JsonLimits.DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = JsonLimits.DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = JsonLimits.DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxProblems = JsonLimits.DEFAULT_MAX_PROBLEMS;
    private JsonBackend backend;
    private boolean validate = true;
    private GeoClaimsValidator validator;

    private Builder() {}

    /**
     * Sets the deepest nesting of objects and arrays (default {@value JsonLimits#DEFAULT_MAX_NESTING_DEPTH}).
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
     * (default {@value JsonLimits#DEFAULT_MAX_NUMBER_LENGTH}).
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
     * Sets how many problems are collected before reading stops (default {@value JsonLimits#DEFAULT_MAX_PROBLEMS}).
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
     * a backend's Jackson module does; for trusted input where speed matters.
     *
     * <pre>{@code
     * GeoClaimsJson trusted = GeoClaimsJson.builder().validate(false).build();
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
     * Names the JSON library to use instead of the one found on the class path (where both Jackson backends are
     * present, Jackson 3 is found first).
     *
     * <pre>{@code
     * builder.backend(new Jackson2Backend());
     * }</pre>
     *
     * @param backend the backend
     * @return this builder
     */
    public Builder backend(JsonBackend backend) {
      this.backend = Objects.requireNonNull(backend, "backend");
      return this;
    }

    /**
     * Returns the configured instance.
     *
     * <pre>{@code
     * GeoClaimsJson json = builder.build();
     * }</pre>
     */
    public GeoClaimsJson build() {
      return new GeoClaimsJson(this);
    }

    private static int atLeast(int value, int minimum, String name) {
      if (value < minimum) {
        throw new IllegalArgumentException(name + " must be at least " + minimum + " but was " + value);
      }
      return value;
    }
  }

}
