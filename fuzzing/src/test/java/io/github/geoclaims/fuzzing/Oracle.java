package io.github.geoclaims.fuzzing;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.ReadResult;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The properties every fuzz input must keep. Anything else the code under test throws (a raw Jackson exception, a
 * NullPointerException, a StackOverflowError, an OutOfMemoryError) propagates and is a finding, and so is an
 * {@link AssertionError} from a broken property below.
 */
final class Oracle {

  static final GeoClaimsJson JSON = GeoClaimsJson.standard();
  static final GeoClaimsValidator VALIDATOR = GeoClaimsValidator.shared();

  private Oracle() {}

  /**
   * Reads the bytes strictly and leniently. {@code read} returns a valid document or throws
   * {@link GeoClaimsJsonException}; {@code readLenient} returns a {@link ReadResult} or throws it; the two agree
   * (a strict read succeeds exactly when the lenient one has no problem); what was read writes, re-reads equal and
   * re-writes the same bytes.
   *
   * @return the strictly read document, or null
   */
  static ClaimDocument checkRead(byte[] input) {
    ClaimDocument strict = readStrict(input);
    ReadResult<ClaimDocument> lenient = readLenient(input);
    if (strict != null) {
      List<Violation> violations = VALIDATOR.validate(strict);
      check(violations.isEmpty(), "read returned a document with violations %s", violations);
      check(lenient != null, "read succeeded but readLenient threw");
      check(lenient.isClean(), "read succeeded but readLenient reported %s", lenient.problems());
      roundTripStrict(strict);
    } else if (lenient != null) {
      check(!lenient.isClean(), "readLenient found no problem but read threw");
    }
    if (lenient != null) {
      check(lenient.document() != null && lenient.problems() != null, "incomplete ReadResult %s", lenient);
      for (JsonProblem problem : lenient.problems()) {
        checkProblem(problem);
      }
      VALIDATOR.validate(lenient.document()); // must not throw
      roundTripLenient(lenient.document());
    }
    return strict;
  }

  /**
   * Validates a (mutated) model, writes it and reads it back: validation never throws; writing fails only with the
   * documented IllegalArgumentException; a document without violations reads back equal (unless a number broke the
   * plain-notation limit, which readLenient then reports too), one with violations does not read strictly; strict and
   * lenient reading agree.
   */
  static void checkModel(ClaimDocument document) {
    List<Violation> violations = VALIDATOR.validate(document);
    String text;
    try {
      text = JSON.write(document);
    } catch (IllegalArgumentException e) {
      check(Models.hasUnwritableExtension(document),
          "write threw %s although every extension is one JSON value with a non-standard name", e);
      return;
    }
    check(!Models.hasUnwritableExtension(document), "write accepted an unwritable extension:%n%s", text);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ClaimDocument again = readStrict(bytes);
    ReadResult<ClaimDocument> lenient = readLenient(bytes);
    if (again == null) {
      check(!violations.isEmpty() || lenient == null || !lenient.isClean(),
          "a document without violations did not read back:%n%s", text);
    } else {
      check(violations.isEmpty(), "a document with violations %s read back as valid:%n%s", violations, text);
      check(lenient != null && lenient.isClean(), "read succeeded but readLenient did not: %s",
          lenient == null ? "it threw" : lenient.problems());
      checkSame(document, again, text);
    }
    if (lenient != null) {
      VALIDATOR.validate(lenient.document()); // must not throw
    }
  }

  private static ClaimDocument readStrict(byte[] input) {
    try {
      ClaimDocument document = JSON.read(input);
      check(document != null, "read returned null");
      return document;
    } catch (GeoClaimsJsonException e) {
      checkProblems(e);
      return null;
    }
  }

  private static ReadResult<ClaimDocument> readLenient(byte[] input) {
    try {
      ReadResult<ClaimDocument> result = JSON.readLenient(input);
      check(result != null, "readLenient returned null");
      return result;
    } catch (GeoClaimsJsonException e) {
      checkProblems(e);
      return null;
    }
  }

  private static void roundTripStrict(ClaimDocument document) {
    String text = JSON.write(document);
    ClaimDocument again;
    try {
      again = JSON.read(text);
    } catch (GeoClaimsJsonException e) {
      throw new AssertionError("a valid document does not re-read: " + e.getProblems() + "\n" + text, e);
    }
    checkSame(document, again, text);
  }

  private static void roundTripLenient(ClaimDocument document) {
    String text = JSON.write(document);
    ReadResult<ClaimDocument> again;
    try {
      again = JSON.readLenient(text);
    } catch (GeoClaimsJsonException e) {
      throw new AssertionError("a leniently read document does not re-read leniently: " + e.getProblems() + "\n"
          + text, e);
    }
    checkSame(document, again.document(), text);
  }

  /** Equal, or (documented) equal but for the scale of a negative-scale BigDecimal; writing again is identical. */
  private static void checkSame(ClaimDocument document, ClaimDocument again, String text) {
    String textAgain = JSON.write(again);
    check(text.equals(textAgain), "writing is not canonical:%n%s%n---%n%s", text, textAgain);
    check(document.equals(again) || Models.hasNegativeScale(document),
        "the document read back differs from the one written:%n%s%n%s%n%s", document, again, text);
  }

  static void checkProblems(GeoClaimsJsonException e) {
    check(e.getProblems() != null && !e.getProblems().isEmpty(), "GeoClaimsJsonException without problems: %s", e);
    check(e.getMessage() != null, "GeoClaimsJsonException without message");
    for (JsonProblem problem : e.getProblems()) {
      checkProblem(problem);
    }
  }

  private static void checkProblem(JsonProblem problem) {
    check(problem != null, "null problem");
    check(problem.pointer() != null && (problem.pointer().isEmpty() || problem.pointer().startsWith("/")),
        "bad pointer in %s", problem);
    check(problem.code() != null && !problem.code().isBlank(), "no code in %s", problem);
    check(problem.message() != null, "no message in %s", problem);
    check(problem.line() >= 1 || problem.line() == -1, "bad line in %s", problem);
    check(problem.column() >= 1 || problem.column() == -1, "bad column in %s", problem);
  }

  static void check(boolean condition, String format, Object... arguments) {
    if (!condition) {
      throw new AssertionError(String.format(format, arguments));
    }
  }
}
