package io.github.geoclaims.json.internal.read;

import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.spi.InputException;
import io.github.geoclaims.json.spi.TokenInput.Token;
import io.github.geoclaims.json.spi.TokenInput;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.codec.ModelCodecs;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads model objects from a {@link TokenInput}, independent of the JSON library behind it. The Jackson 2 facade
 * and module call it; a Jackson 3 module can call it with its own adapter. Each model type is read by its read loop
 * generated in core ({@link ModelCodecs}), from a {@link ReadContext}.
 *
 * <p>Internal API.
 *
 * <pre>{@code
 * ModelReader.Outcome<ClaimDocument> outcome =
 *     ModelReader.readDocument(input, new ReadOptions(false, 100, 1000, true), GeoClaimsValidator.shared());
 * }</pre>
 */
public final class ModelReader {

  /** The document's {@code schemaVersion}, read around every {@link ClaimDocument}. */
  private static final ReadContext.Envelope ENVELOPE = new SchemaVersionReader();

  /** The model types. */
  private static final Set<Class<?>> TYPES =
      Metamodel.types().stream().map(ModelType::javaType).collect(Collectors.toUnmodifiableSet());

  private ModelReader() {}

  /**
   * The result of a read: the object, if one could be built, and every problem found.
   *
   * <pre>{@code
   * if (outcome.failed(lenient)) throw new GeoClaimsJsonException(outcome.problems());
   * }</pre>
   *
   * @param value the object, or {@code null} if none could be built
   * @param problems every problem, structural ones first
   * @param dataLost {@code true} if some input could not be represented in the object
   * @param lost the values the read left out, which tell the violations that follow from them
   * @param <T> the model type
   */
  public record Outcome<T>(T value, List<JsonProblem> problems, boolean dataLost, LostValues lost) {

    /**
     * Returns {@code true} if the read failed: in strict mode on any problem, in lenient mode when the object
     * could not be built or does not hold the whole input.
     *
     * <pre>{@code
     * boolean failed = outcome.failed(false);
     * }</pre>
     *
     * @param lenient whether the read was lenient
     * @return whether to throw
     */
    public boolean failed(boolean lenient) {
      return value == null || dataLost || (!lenient && !problems.isEmpty());
    }
  }

  /**
   * Returns the model types this reader reads.
   *
   * <pre>{@code
   * ModelReader.types().contains(Claim.class);   // true
   * }</pre>
   */
  public static Set<Class<?>> types() {
    return TYPES;
  }

  /**
   * Reads a whole document: the input must hold exactly one JSON object. Then validates it with the core's rules
   * (when {@code validator} is not null) and maps each violation's path to a JSON Pointer and location.
   *
   * <pre>{@code
   * Outcome<ClaimDocument> outcome = ModelReader.readDocument(input, options, GeoClaimsValidator.shared());
   * }</pre>
   *
   * @param in the input, before its first token
   * @param options how to read
   * @param validator the validator, or {@code null} to skip validation
   * @return the outcome
   */
  public static Outcome<ClaimDocument> readDocument(TokenInput in, ReadOptions options,
      GeoClaimsValidator validator) {
    // Locations only serve to place violations: without a validator there are none. A document never has a
    // duplicate name; the reader checks that when the input does not.
    ReadContext c = new ReadContext(in, ENVELOPE, options, options.trackLocations() && validator != null,
        !in.detectsDuplicates(), LostValues.ofDocument());
    ClaimDocument document = readTopLevel(c);
    List<JsonProblem> problems = new ArrayList<>(c.problems());
    if (document != null && validator != null) {
      addViolations(problems, validator.validate(document), document, c, options.maxProblems());
    }
    return new Outcome<>(document, problems, c.dataLost() || document == null, c.lost());
  }

  /**
   * Adds the violations as problems, each placed at its value's pointer and location, until the read has
   * {@code maxProblems} problems; then one {@code json.limit} problem counts the violations left out. So the problem
   * limit bounds the work of placing violations as it bounds the work of reading. A violation that follows from a
   * value the read left out (a reference to a dropped object, a rule on the completeness of what held the value) is
   * not added: its cause is already reported.
   */
  private static void addViolations(List<JsonProblem> problems, List<Violation> violations, ClaimDocument document,
      ReadContext c, int maxProblems) {
    LostValues lost = c.lost();
    for (int i = 0; i < violations.size(); i++) {
      Violation violation = violations.get(i);
      String pointer = violation.pointer();
      if (!lost.isEmpty() && lost.explain(violation, pointer, document)) {
        continue;
      }
      long location = c.locationOf(pointer);
      if (problems.size() >= maxProblems) {
        problems.add(new JsonProblem(pointer, TokenInput.lineOf(location), TokenInput.columnOf(location),
            "json.limit", "Stopped after " + maxProblems + " problems (limit maxProblems): " + (violations.size() - i)
                + " more violations of the model's rules are not listed"));
        return;
      }
      problems.add(new JsonProblem(pointer, TokenInput.lineOf(location), TokenInput.columnOf(location),
          violation.code().code(), violation.message() + " at " + (pointer.isEmpty() ? "the top level" : pointer)));
    }
  }

  /**
   * Opens one input of a document for a read and closes it afterwards; each call opens the same document anew.
   *
   * <pre>{@code
   * ModelReader.Reopenable input = read -> { try (JsonParser p = factory.createParser(bytes)) {
   *     return read.apply(new Jackson2Input(p)); } };
   * }</pre>
   */
  @FunctionalInterface
  public interface Reopenable {

    /**
     * Opens the document, runs {@code read} on it, and closes it.
     *
     * @param read the read
     * @return what {@code read} returned
     */
    Outcome<ClaimDocument> withInput(Function<TokenInput, Outcome<ClaimDocument>> read);
  }

  /**
   * Reads a whole document from input that can be read twice (text, bytes), as
   * {@link #readDocument(TokenInput, ReadOptions, GeoClaimsValidator)} does, but without recording value locations:
   * recording them costs about a third of a read, and only violations need them. A document with violations is read
   * a second time, recording locations, to place them.
   *
   * <pre>{@code
   * Outcome<ClaimDocument> outcome = ModelReader.readDocument(input, options, GeoClaimsValidator.shared());
   * }</pre>
   *
   * @param input the document, which may be opened twice
   * @param options how to read
   * @param validator the validator, or {@code null} to skip validation
   * @return the outcome, with the same problems at the same places as a single read that records locations
   */
  public static Outcome<ClaimDocument> readDocument(Reopenable input, ReadOptions options,
      GeoClaimsValidator validator) {
    Outcome<ClaimDocument> outcome =
        input.withInput(in -> readDocument(in, options.withoutLocations(), validator));
    return lacksLocations(outcome) ? input.withInput(in -> locate(outcome, in, options)) : outcome;
  }

  /** Returns {@code true} if a problem has a pointer but no line: a violation found without recorded locations. */
  private static boolean lacksLocations(Outcome<?> outcome) {
    for (JsonProblem problem : outcome.problems()) {
      if (problem.line() < 0 && !problem.pointer().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the document again, recording the location of every value, and gives each problem of {@code outcome}
   * that has no line the location of its pointer (or of its nearest ancestor).
   */
  private static Outcome<ClaimDocument> locate(Outcome<ClaimDocument> outcome, TokenInput in, ReadOptions options) {
    ReadContext c = new ReadContext(in, ENVELOPE, options, true, !in.detectsDuplicates(), LostValues.ofDocument());
    readTopLevel(c);   // its problems were reported by the first read
    List<JsonProblem> placed = new ArrayList<>(outcome.problems().size());
    for (JsonProblem problem : outcome.problems()) {
      long location = problem.line() < 0 ? c.locationOf(problem.pointer()) : -1;
      placed.add(location < 0 ? problem : new JsonProblem(problem.pointer(), TokenInput.lineOf(location),
          TokenInput.columnOf(location), problem.code(), problem.message()));
    }
    return new Outcome<>(outcome.value(), placed, outcome.dataLost(), outcome.lost());
  }

  /** Reads the one JSON object of a document, reporting into {@code c}; returns {@code null} if it failed. */
  private static ClaimDocument readTopLevel(ReadContext c) {
    TokenInput in = c.input();
    try {
      Token first = in.next();
      if (first == null) {
        c.problem("json.empty", "Expected a JSON object (a ClaimDocument) but the input is empty");
        return null;
      }
      if (first != Token.START_OBJECT) {
        c.problem("json.type", "Expected a JSON object (a ClaimDocument) at the top level but was "
            + TokenInput.describe(first));
        return null;
      }
      ClaimDocument document = ModelCodecs.read(ClaimDocument.class, c);
      trailing(c);
      return document;
    } catch (InputException e) {
      fatal(c, e);
      return null;
    } catch (ReadContext.TooManyProblems e) {
      return null;
    }
  }

  private static void trailing(ReadContext c) {
    Token extra;
    try {
      extra = c.input().next();
    } catch (InputException e) {
      throw new InputException("json.trailing-content", "Unexpected content after the end of the document: "
          + e.getMessage(), e.line(), e.column());
    }
    if (extra != null) {
      c.problem("json.trailing-content", "Unexpected " + TokenInput.describe(extra)
          + " after the end of the document; a document is exactly one JSON object");
    }
  }

  private static void fatal(ReadContext c, InputException e) {
    String pointer = c.pointer();
    String where = pointer.isEmpty() ? "" : " (reading " + pointer + ")";
    c.problems().add(new JsonProblem(pointer, e.line(), e.column(), e.code(), e.getMessage() + where));
  }

  /**
   * Reads one model value starting at the input's current token, without validating it and without checking what
   * follows: what a Jackson deserializer does inside a larger document.
   *
   * <pre>{@code
   * Outcome<Claim> outcome = ModelReader.readValue(Claim.class, input, options, false);
   * }</pre>
   *
   * @param type a model type, see {@link #types()}
   * @param in the input, at the value's first token
   * @param options how to read
   * @param checkDuplicates whether to report a name twice in one object: {@code false} leaves it to the input, as
   *     for any databind value; the streaming reader, whose parser leaves it to the readers, passes {@code true}
   * @param <T> the model type
   * @return the outcome; the input is left at the value's last token
   */
  public static <T> Outcome<T> readValue(Class<T> type, TokenInput in, ReadOptions options,
      boolean checkDuplicates) {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("Not a geoclaims model type: " + type.getName());
    }
    // A value read alone is not validated here, so no location is ever looked up.
    ReadContext c = new ReadContext(in, ENVELOPE, options, false, checkDuplicates, LostValues.ofValue());
    T value;
    try {
      value = ModelCodecs.read(type, c);
    } catch (InputException e) {
      fatal(c, e);
      value = null;
    } catch (ReadContext.TooManyProblems e) {
      value = null;
    }
    return new Outcome<>(value, List.copyOf(c.problems()), c.dataLost() || value == null, c.lost());
  }
}
