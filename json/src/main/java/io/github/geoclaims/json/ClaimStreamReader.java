package io.github.geoclaims.json;

import static io.github.geoclaims.model.meta.PropertyNames.Claim.ATTRIBUTIONS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimRelation.FROM;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimRelation.TO;

import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.internal.read.ModelReader;
import io.github.geoclaims.json.internal.read.ReadOptions;
import io.github.geoclaims.json.internal.read.LostValues;
import io.github.geoclaims.json.internal.wire.DocumentLayout;
import io.github.geoclaims.json.spi.InputException;
import io.github.geoclaims.json.spi.TokenInput.Token;
import io.github.geoclaims.json.spi.TokenInput;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.meta.PropertyNames;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import io.github.geoclaims.validation.ViolationCode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the claims of one large document one at a time, in the normal wire format, with memory bounded by the
 * header and the largest claim rather than the document. Open one with
 * {@link io.github.geoclaims.json.GeoClaimsJson#claimReader(java.nio.file.Path) GeoClaimsJson.claimReader}.
 *
 * <p>The document must have the canonical property order: {@code schemaVersion, id, title, description, actors,
 * sources, claims, relations} ({@code x-} extensions anywhere), which is the order {@code GeoClaimsJson.write}
 * and {@link ClaimStreamWriter} produce. Opening the reader reads the header (everything before {@code "claims"})
 * and validates it; each {@link #next()} reads one claim and validates it: its own rules, its references to the
 * header's actors and sources, its quotes against the sources' texts, and the uniqueness of its id and its
 * attributions' ids across the document. Those ids are the one part of the reader's memory that grows with the
 * document: they are kept in compact sets of 11-21 bytes of heap per id, with the ids' own bytes in memory up to
 * 4 MB per set and beyond that in a temporary file (in {@code java.io.tmpdir}, deleted when the last claim has been
 * read, when reading fails, or on {@link #close()}; if no temporary file can be made, they stay in memory), so
 * that a million claims stream in a 128 MB heap. The validator decides a claim against the header
 * directly ({@code GeoClaimsValidator.claimVerdict}); only a claim it rejects, or every claim when the validator
 * cannot decide so, is validated in a probe document of its own, which places the problems. After the last claim
 * the relations and trailing extensions are read and checked against the claim ids seen. A document with {@code actors}, {@code sources} or
 * another header property after {@code "claims"}, or {@code relations} before them, fails with
 * {@code json.stream-order}: read it with {@code GeoClaimsJson.read} instead.
 *
 * <p>Problems are {@link JsonProblem}s with pointers into the whole document ({@code /claims/123456/id}), lines and
 * columns. A strict reader (the default) throws a {@link GeoClaimsJsonException} at the first claim, header or
 * trailer with a problem, listing all of its problems; claims returned before are valid. A lenient reader returns
 * claims that break model rules and collects the problems in {@link #problems()}; it still throws when a claim
 * cannot be built from the input (see {@code GeoClaimsJson.readLenient}).
 *
 * <pre>{@code
 * try (ClaimStreamReader claims = GeoClaimsJson.standard().claimReader(Path.of("huge.json"));
 *      ClaimStreamWriter out = GeoClaimsJson.standard().claimWriter(Path.of("copy.json"))) {
 *   out.writeHeader(claims.header());
 *   while (claims.hasNext()) {
 *     out.writeClaim(claims.next());
 *   }
 *   claims.relations().forEach(out::writeRelation);
 *   claims.trailingExtensions().forEach(out::writeExtension);
 * }
 * }</pre>
 *
 * <p>Not thread-safe; one reader per stream.
 */
public final class ClaimStreamReader implements Iterator<Claim>, AutoCloseable {

  private static final String CLAIMS = DocumentLayout.CLAIMS.name();
  private static final String RELATIONS = DocumentLayout.RELATIONS.name();
  /** The path of the one claim of a claim's probe document. */
  private static final String FIRST_CLAIM = CLAIMS + "[0]";
  private static final String HINT = " (a streaming read resolves references against the actors and sources that"
      + " come before \"" + CLAIMS + "\")";

  private enum State {
    CLAIMS,
    DONE,
    FAILED,
    CLOSED
  }

  private final StreamInput in;
  private final ReadOptions options;
  private final ReadOptions claimOptions;
  private final GeoClaimsValidator validator;
  private final Closeable resource;
  private final List<JsonProblem> problems = new ArrayList<>();
  private final IdSet claimIds = new IdSet();
  private final IdSet attributionIds = new IdSet();

  private ClaimDocument header;
  /** The validator's verdict on a claim after this header, or {@code null} to validate each claim in a probe. */
  private Predicate<Claim> claimVerdict;
  private ClaimProbe probe;
  private State state;
  private int index = -1;
  private Claim pending;
  private List<ClaimRelation> relations;
  private Map<String, String> trailingExtensions;
  private int maxRecorded;

  private ClaimStreamReader(TokenInput input, ReadOptions options, GeoClaimsValidator validator,
      Closeable resource) {
    this.in = new StreamInput(input);
    this.options = options;
    this.claimOptions = new ReadOptions(options.lenient(), options.maxNumberLength(), options.maxProblems(), false);
    this.validator = validator;
    this.resource = resource;
  }

  /**
   * Opens a reader over a token input and reads the header. Internal API for the adapters of a JSON library: use
   * {@code GeoClaimsJson.claimReader(...)}.
   *
   * <pre>{@code
   * ClaimStreamReader reader = ClaimStreamReader.open(input, options, GeoClaimsValidator.shared(), parser);
   * }</pre>
   *
   * @param input the tokens, before the first
   * @param options strict or lenient, and limits
   * @param validator the model's rules, or {@code null} to check the structure only
   * @param resource closed by {@link #close()} (the parser, and the file it reads)
   * @return the reader, positioned after the header
   * @throws GeoClaimsJsonException if the header has a problem (strict), or cannot be read (lenient); the resource
   *     is closed then
   */
  static ClaimStreamReader open(TokenInput input, ReadOptions options, GeoClaimsValidator validator,
      Closeable resource) {
    ClaimStreamReader reader = new ClaimStreamReader(Objects.requireNonNull(input, "input"),
        Objects.requireNonNull(options, "options"), validator, Objects.requireNonNull(resource, "resource"));
    try {
      reader.readHeader();
    } catch (RuntimeException e) {
      reader.closeQuietly(e);
      throw e;
    }
    return reader;
  }

  // ---------------------------------------------------------------- public API

  /**
   * Returns the header: the document as read before {@code "claims"}: its id, title, description, actors, sources
   * and the extension properties before the claims; no claims and no relations.
   *
   * <pre>{@code
   * String id = reader.header().getId();
   * }</pre>
   *
   * @return the header, validated
   */
  public ClaimDocument header() {
    return header;
  }

  /**
   * Returns {@code true} if another claim follows; reads and validates it.
   *
   * <pre>{@code
   * while (reader.hasNext()) { process(reader.next()); }
   * }</pre>
   *
   * @throws GeoClaimsJsonException if the claim (or, after the last claim, the relations) has a problem (strict), or
   *     cannot be read (lenient)
   * @throws UncheckedIOException if reading fails
   */
  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (state != State.CLAIMS) {
      if (state == State.CLOSED) {
        throw new IllegalStateException("The reader is closed");
      }
      return false;
    }
    try {
      pending = readClaim();
    } catch (RuntimeException e) {
      state = State.FAILED;
      releaseIdSets(e);
      throw e;
    }
    return pending != null;
  }

  /**
   * Returns the next claim, valid in a strict read.
   *
   * <pre>{@code
   * Claim claim = reader.next();
   * }</pre>
   *
   * @throws NoSuchElementException if there is none
   * @throws GeoClaimsJsonException as {@link #hasNext()}
   */
  @Override
  public Claim next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more claims");
    }
    Claim claim = pending;
    pending = null;
    return claim;
  }

  /**
   * Returns the remaining claims as a sequential stream; closing the stream closes this reader.
   *
   * <pre>{@code
   * try (Stream<Claim> claims = json.claimReader(path).claims()) {
   *   long arms = claims.filter(c -> c.getEventKind().equals(EventKind.ARMS_TRANSFER)).count();
   * }
   * }</pre>
   */
  public Stream<Claim> claims() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /**
   * Returns how many claims were read so far.
   *
   * <pre>{@code
   * long count = reader.claimCount();
   * }</pre>
   */
  public int claimCount() {
    return index + 1 - (pending != null ? 1 : 0);
  }

  /**
   * Returns the relations, read and checked after the last claim.
   *
   * <pre>{@code
   * List<ClaimRelation> relations = reader.relations();
   * }</pre>
   *
   * @return the relations
   * @throws IllegalStateException if claims remain to be read
   */
  public List<ClaimRelation> relations() {
    requireDone(RELATIONS);
    return relations;
  }

  /**
   * Returns the document's extension properties that follow the claims (where the canonical layout puts all of
   * them); those before the claims are in the {@link #header()}.
   *
   * <pre>{@code
   * Map<String, String> extensions = reader.trailingExtensions();
   * }</pre>
   *
   * @return name to compact JSON text, in document order
   * @throws IllegalStateException if claims remain to be read
   */
  public Map<String, String> trailingExtensions() {
    requireDone("trailing extensions");
    return trailingExtensions;
  }

  /**
   * Returns the problems collected so far by a lenient reader (a strict reader throws instead, so this is empty).
   *
   * <pre>{@code
   * reader.problems().forEach(problem -> log.warn(problem.toString()));
   * }</pre>
   */
  public List<JsonProblem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Returns the most value locations held at once for one claim: the bounded memory of location tracking.
   *
   * <pre>{@code
   * int held = reader.maxLocationsHeld();
   * }</pre>
   */
  public int maxLocationsHeld() {
    return maxRecorded;
  }

  /**
   * Closes the parser and, when the reader was opened on a file, the file, and deletes the temporary file of
   * identifiers a long stream writes (see the class description). Reading need not be finished.
   *
   * <pre>{@code
   * reader.close();
   * }</pre>
   */
  @Override
  public void close() {
    if (state == State.CLOSED) {
      return;
    }
    state = State.CLOSED;
    try {
      resource.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      releaseIdSets(null);
    }
  }

  private void closeQuietly(RuntimeException cause) {
    state = State.CLOSED;
    releaseIdSets(cause);
    try {
      resource.close();
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private void requireDone(String what) {
    if (state != State.DONE) {
      throw new IllegalStateException("The " + what + " are known once every claim has been read (hasNext() returned"
          + " false)" + (state == State.FAILED ? "; reading failed" : ""));
    }
  }

  // ---------------------------------------------------------------- header

  private void readHeader() {
    ModelReader.Outcome<ClaimDocument> outcome = ModelReader.readDocument(in, options, validator);
    List<JsonProblem> found = withOrderProblem(outcome.problems());
    report(found, outcome.failed(options.lenient()) || (!options.lenient() && !found.isEmpty()));
    header = outcome.value();
    probe = new ClaimProbe(header);
    claimVerdict = validator == null ? null : validator.claimVerdict(header).orElse(null);
    if (!in.pausedAtClaims()) {
      finish(List.of(), Map.of());
      return;
    }
    in.claims();
    in.recording(true);
    in.clearLocations();
    Token token = next(in);
    if (token != Token.START_ARRAY) {
      List<JsonProblem> wrong = List.of(new JsonProblem("/" + CLAIMS, in.line(), in.column(), "json.type",
          "Expected an array of Claim but was " + TokenInput.describe(token) + " at /" + CLAIMS));
      report(wrong, true);
    }
    state = State.CLAIMS;
  }

  // ---------------------------------------------------------------- claims

  private Claim readClaim() {
    in.clearLocations();
    Token token = next(in);
    if (token == Token.END_ARRAY) {
      readTrailer();
      return null;
    }
    if (token == null) {
      report(List.of(new JsonProblem(in.containerPointer(), in.line(), in.column(), "json.syntax",
          "Unexpected end of input: the document is truncated")), true);
    }
    index++;
    String prefix = "/" + CLAIMS + "/" + index;
    ModelReader.Outcome<Claim> outcome = ModelReader.readValue(Claim.class, in, claimOptions, true);
    maxRecorded = Math.max(maxRecorded, in.recordedLocations());
    List<JsonProblem> found = new ArrayList<>();
    for (JsonProblem problem : outcome.problems()) {
      found.add(relocate(problem, prefix));
    }
    Claim claim = outcome.value();
    if (claim != null && validator != null) {
      validateClaim(claim, outcome.lost(), found);
    }
    report(found, outcome.failed(options.lenient()) || (!options.lenient() && !found.isEmpty()));
    return claim;
  }

  /**
   * Validates a claim against the header; a violation that follows from a value left out of the claim (a claim left
   * without attributions when its only one could not be built, say) is not reported again. (A header that lost a
   * value ends the read before any claim.)
   */
  private void validateClaim(Claim claim, LostValues claimLost, List<JsonProblem> found) {
    String path = CLAIMS + "[" + index + "]";
    long first = claimIds.add(claim.getId(), index, 0);
    if (first >= 0) {
      found.add(core(path + "." + PropertyNames.Claim.ID, ViolationCode.IDENTIFIER_DUPLICATE, PropertyNames.Claim.ID
          + " '" + shorten(claim.getId()) + "' is already used at " + CLAIMS + "[" + (int) (first >>> 32) + "]"));
    }
    List<Attribution> attributions = claim.getAttributions();
    for (int a = 0; a < attributions.size(); a++) {
      String id = attributions.get(a).getId();
      long seen = attributionIds.add(id, index, a);
      if (seen >= 0) {
        found.add(core(path + "." + ATTRIBUTIONS + "[" + a + "]." + PropertyNames.Attribution.ID,
            ViolationCode.IDENTIFIER_DUPLICATE, "attribution " + PropertyNames.Attribution.ID + " '" + shorten(id)
                + "' is already used at " + CLAIMS + "[" + (int) (seen >>> 32) + "]." + ATTRIBUTIONS + "["
                + (int) seen + "]"));
      }
    }
    if (claimVerdict != null && claimVerdict.test(claim)) {
      return;
    }
    ClaimDocument document = probe.of(claim);
    for (Violation violation : validator.validate(document)) {
      // The probe holds this claim as claims[0]; the header's own violations were reported with the header, and
      // uniqueness across claims is checked above.
      if (!violation.path().startsWith(FIRST_CLAIM)
          || violation.code() == ViolationCode.IDENTIFIER_DUPLICATE) {
        continue;
      }
      String inClaim = violation.path().substring(FIRST_CLAIM.length());
      if (!claimLost.isEmpty() && claimLost.explain(violation, Violation.pointerOf(inClaim), claim)) {
        continue;
      }
      String message = violation.message();
      if (violation.code() == ViolationCode.REFERENCE_UNRESOLVED) {
        message += HINT;
      }
      found.add(core(path + inClaim, violation.code(), message));
    }
  }

  // ---------------------------------------------------------------- trailer

  private void readTrailer() {
    in.clearLocations();
    in.trailer(header.getId());
    ModelReader.Outcome<ClaimDocument> outcome = ModelReader.readValue(ClaimDocument.class, in, options, true);
    List<JsonProblem> found = new ArrayList<>(withOrderProblem(outcome.problems()));
    if (outcome.value() == null) {
      report(found, true);
    }
    trailing(found);
    ClaimDocument trailer = outcome.value();
    if (validator != null) {
      validateTrailer(trailer, found);
    }
    report(found, outcome.failed(options.lenient()) || (!options.lenient() && !found.isEmpty()));
    finish(trailer.getRelations(), trailer.getExtensions());
  }

  private void finish(List<ClaimRelation> relations, Map<String, String> extensions) {
    this.relations = List.copyOf(relations);
    this.trailingExtensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    in.recording(false);
    in.clearLocations();
    state = State.DONE;
    releaseIdSets(null);
  }

  /**
   * Deletes the identifier sets' temporary files once no claim or relation is left to check (the sets answer no
   * more look-ups after); a failure to delete a file is added to {@code cause}, or thrown if there is none.
   */
  private void releaseIdSets(RuntimeException cause) {
    try {
      try {
        claimIds.close();
      } finally {
        attributionIds.close();
      }
    } catch (RuntimeException e) {
      if (cause == null) {
        throw e;
      }
      cause.addSuppressed(e);
    }
  }

  private void trailing(List<JsonProblem> found) {
    Token extra;
    try {
      extra = in.next();
    } catch (InputException e) {
      found.add(new JsonProblem("", e.line(), e.column(), "json.trailing-content",
          "Unexpected content after the end of the document: " + e.getMessage()));
      report(found, true);
      return;
    }
    if (extra != null) {
      found.add(new JsonProblem("", in.line(), in.column(), "json.trailing-content", "Unexpected "
          + TokenInput.describe(extra) + " after the end of the document; a document is exactly one JSON object"));
    }
  }

  private void validateTrailer(ClaimDocument trailer, List<JsonProblem> found) {
    List<ClaimRelation> list = trailer.getRelations();
    for (int i = 0; i < list.size(); i++) {
      ClaimRelation relation = list.get(i);
      String path = RELATIONS + "[" + i + "]";
      if (!claimIds.contains(relation.getFrom())) {
        found.add(core(path + "." + FROM, ViolationCode.REFERENCE_UNRESOLVED, unresolvedClaim(relation.getFrom())));
      }
      if (relation.isTargetIn(header.getId()) && !claimIds.contains(relation.getTo())) {
        found.add(core(path + "." + TO, ViolationCode.REFERENCE_UNRESOLVED, unresolvedClaim(relation.getTo())));
      }
    }
    ClaimDocument probe = this.probe.ofTrailer(list, trailer.getExtensions(), claimIds::contains);
    for (Violation violation : validator.validate(probe)) {
      // References to claims are checked above against every claim id read; the id is the header's.
      if (violation.code() == ViolationCode.REFERENCE_UNRESOLVED
          || !(violation.path().startsWith(RELATIONS) || violation.path().startsWith("extensions"))) {
        continue;
      }
      found.add(core(violation.path(), violation.code(), violation.message()));
    }
  }

  private static String unresolvedClaim(String id) {
    return "'" + shorten(id) + "' does not name any claim in this document";
  }

  // ---------------------------------------------------------------- problems

  /** Records the problems; throws if the read fails here, or a lenient read collected too many. */
  private void report(List<JsonProblem> found, boolean fail) {
    if (fail) {
      if (found.isEmpty()) {
        throw new IllegalStateException("A failed read without a problem");
      }
      List<JsonProblem> all = new ArrayList<>(problems);
      all.addAll(found);
      throw new GeoClaimsJsonException(all);
    }
    problems.addAll(found);
    if (problems.size() > options.maxProblems()) {
      List<JsonProblem> all = new ArrayList<>(problems.subList(0, options.maxProblems()));
      JsonProblem last = problems.get(options.maxProblems());
      all.add(new JsonProblem(last.pointer(), last.line(), last.column(), "json.limit",
          "Stopped reading after " + options.maxProblems() + " problems (limit maxProblems)"));
      throw new GeoClaimsJsonException(all);
    }
  }

  private JsonProblem core(String path, ViolationCode code, String message) {
    String pointer = Violation.pointerOf(path);
    long location = in.locationOf(pointer);
    return new JsonProblem(pointer, TokenInput.lineOf(location), TokenInput.columnOf(location), code.code(),
        message + " at " + (pointer.isEmpty() ? "the top level" : pointer));
  }

  private List<JsonProblem> withOrderProblem(List<JsonProblem> found) {
    StreamInput.OrderProblem order = in.orderProblem();
    if (order == null) {
      return found;
    }
    List<JsonProblem> replaced = new ArrayList<>(found.size());
    for (JsonProblem problem : found) {
      replaced.add(problem.code().equals(StreamInput.ORDER)
          ? new JsonProblem(order.pointer(), order.line(), order.column(), StreamInput.ORDER,
              order.message() + " at " + order.pointer())
          : problem);
    }
    return replaced;
  }

  /**
   * Moves a problem of a claim read on its own (pointer relative to the claim) to its place in the document,
   * in its pointer and in the message that names it.
   */
  static JsonProblem relocate(JsonProblem problem, String prefix) {
    String relative = problem.pointer();
    String absolute = prefix + relative;
    String message = problem.message();
    if (relative.isEmpty()) {
      message = message.replace(" at the top level", " at " + prefix);
    } else {
      message = Pattern.compile("(?<=at |reading )" + Pattern.quote(relative) + "(?![^\\s,;)'])")
          .matcher(message).replaceAll(Matcher.quoteReplacement(absolute));
    }
    return new JsonProblem(absolute, problem.line(), problem.column(), problem.code(), message);
  }

  private static String shorten(String value) {
    return value.length() > 80 ? value.substring(0, 77) + "..." : value;
  }

  /** Advances outside a model reader: a syntax or limit error there ends the read with its problem. */
  private static Token next(StreamInput in) {
    try {
      return in.next();
    } catch (InputException e) {
      String pointer = in.containerPointer();
      throw new GeoClaimsJsonException(List.of(new JsonProblem(pointer, e.line(), e.column(), e.code(),
          e.getMessage() + (pointer.isEmpty() ? "" : " (reading " + pointer + ")"))));
    }
  }

}
