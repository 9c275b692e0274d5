package io.github.geoclaims.examples.cli;

import io.github.geoclaims.json.ClaimStreamReader;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.ClaimDocument;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one input with {@link GeoClaimsJson#standard()} and sorts the outcome: a valid document, or its problems
 * (malformed or hostile JSON included), or an input that cannot be read at all (a usage error).
 *
 * <p>A document is read whole ({@link #read}), or claim by claim with the module's streaming reader
 * ({@link #stream}), which holds one claim at a time: for documents too large to hold in memory.
 */
final class Reading {

  /** The code of the streaming reader's problem with a document that is not in the canonical property order. */
  static final String STREAM_ORDER = "json.stream-order";

  private static final int MAX_MESSAGE_LENGTH = 500;

  private final String name;
  private final ClaimDocument document;
  private final List<JsonProblem> problems;

  private Reading(String name, ClaimDocument document, List<JsonProblem> problems) {
    this.name = name;
    this.document = document;
    this.problems = List.copyOf(problems);
  }

  /** A valid document; {@code document} is {@code null} when it was streamed rather than held. */
  static Reading valid(String name, ClaimDocument document) {
    return new Reading(name, document, List.of());
  }

  static Reading invalid(String name, List<JsonProblem> problems) {
    return new Reading(name, null, problems);
  }

  /**
   * Reads the input, showing progress on standard error when it is a terminal.
   *
   * @throws CliException with exit code 2 if the input cannot be read (an I/O error, not bad content)
   */
  static Reading read(Input input, GeoClaimsCli cli, String command) {
    try (InputStream in = Progress.wrap(input.open(), cli.interactive(), cli.spec.commandLine().getErr(),
        "geoclaims " + command + ": reading " + input.name(), input.size())) {
      return valid(input.name(), GeoClaimsJson.standard().read(in));
    } catch (GeoClaimsJsonException e) {
      return invalid(input.name(), e.getProblems());
    } catch (UncheckedIOException e) {
      return fromIoException(input, e.getCause(), command);
    } catch (IOException e) {
      return fromIoException(input, e, command);
    }
  }

  /**
   * Reads the input claim by claim with the module's lenient streaming reader, collecting every problem; only the
   * current claim is held. A document that is not in the canonical property order cannot be streamed: a file is
   * then read whole instead, standard input reports the problem.
   *
   * @throws CliException with exit code 2 if the input cannot be read (an I/O error, not bad content)
   */
  static Reading stream(Input input, GeoClaimsCli cli, String command) {
    Set<JsonProblem> problems = new LinkedHashSet<>();
    try (InputStream in = Progress.wrap(input.open(), cli.interactive(), cli.spec.commandLine().getErr(),
        "geoclaims " + command + ": streaming " + input.name(), input.size())) {
      ClaimStreamReader reader = null;
      try (ClaimStreamReader claims = GeoClaimsJson.standard().lenientClaimReader(in)) {
        reader = claims;
        while (claims.hasNext()) {
          claims.next();
        }
        problems.addAll(claims.problems());
      } catch (GeoClaimsJsonException e) {
        if (reader != null) {
          problems.addAll(reader.problems());
        }
        problems.addAll(e.getProblems());
      }
    } catch (UncheckedIOException e) {
      return fromIoException(input, e.getCause(), command);
    } catch (IOException e) {
      return fromIoException(input, e, command);
    }
    if (input.isFile() && problems.stream().anyMatch(Reading::needsWholeRead)) {
      cli.spec.commandLine().getErr().println("geoclaims " + command + ": " + input.name()
          + " is not in the canonical property order, so it cannot be read claim by claim; reading it whole");
      return read(input, cli, command);
    }
    return problems.isEmpty() ? valid(input.name(), null) : invalid(input.name(), List.copyOf(problems));
  }

  /**
   * Returns {@code true} for a problem that only a streaming read has: a property order it cannot stream
   * ({@code json.stream-order}), or a top-level property such as {@code id} that comes after {@code "claims"} and is
   * therefore reported missing from the header.
   */
  private static boolean needsWholeRead(JsonProblem problem) {
    return problem.code().equals(STREAM_ORDER) || problem.code().equals("json.required") && problem.pointer().isEmpty();
  }

  /** Bad bytes are a problem of the content (exit 1); any other I/O failure is the input's (exit 2). */
  private static Reading fromIoException(Input input, IOException e, String command) {
    if (e instanceof CharConversionException) {
      return invalid(input.name(), List.of(new JsonProblem("", -1, -1, "json.encoding", firstLine(e.getMessage()))));
    }
    throw new CliException(GeoClaimsCli.USAGE, "cannot read " + input.name() + ": " + e.getMessage());
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "The input is not well-formed JSON";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  String name() {
    return name;
  }

  Optional<ClaimDocument> document() {
    return Optional.ofNullable(document);
  }

  List<JsonProblem> problems() {
    return problems;
  }

  boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * Returns one problem as a line: {@code FILE: POINTER (line L, column C): message [code]}, naming the pointer
   * once ({@link JsonProblem#detail()}). The pointer of the whole document is written {@code (root)}; the location
   * is left out when unknown.
   */
  static String line(String name, JsonProblem problem) {
    StringBuilder line = new StringBuilder(name).append(": ")
        .append(problem.pointer().isEmpty() ? "(root)" : problem.pointer());
    if (problem.line() > 0) {
      line.append(" (line ").append(problem.line());
      if (problem.column() > 0) {
        line.append(", column ").append(problem.column());
      }
      line.append(')');
    }
    return line.append(": ").append(oneLine(problem.detail())).append(" [").append(problem.code()).append(']')
        .toString();
  }

  /** Keeps every problem on one readable line, whatever its message holds. */
  private static String oneLine(String message) {
    String line = message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    return line.length() <= MAX_MESSAGE_LENGTH ? line : line.substring(0, MAX_MESSAGE_LENGTH) + "...";
  }
}
