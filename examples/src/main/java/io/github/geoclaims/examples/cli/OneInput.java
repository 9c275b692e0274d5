package io.github.geoclaims.examples.cli;

import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.ClaimDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The one input a conversion command ({@code export}, {@code import}) works on. Standard output carries the
 * command's result, so the input's problems go to standard error, one line each as {@code validate} prints them.
 */
final class OneInput {

  private final Input input;
  private final GeoClaimsCli cli;
  private final String command;

  private OneInput(Input input, GeoClaimsCli cli, String command) {
    this.input = input;
    this.cli = cli;
    this.command = command;
  }

  /**
   * Resolves the argument to exactly one input.
   *
   * @throws CliException with exit code 2 if it names no readable file, or a directory
   */
  static OneInput resolve(String argument, GeoClaimsCli cli, String command) {
    List<Input> inputs = Input.resolve(List.of(argument), cli, command);
    if (inputs.size() != 1 || !argument.equals(Input.STDIN_ARGUMENT) && !inputs.get(0).name().equals(argument)) {
      throw new CliException(GeoClaimsCli.USAGE, "expected one file, but " + argument + " is a directory");
    }
    return new OneInput(inputs.get(0), cli, command);
  }

  /** Returns the name used in messages. */
  String name() {
    return input.name();
  }

  /** Reads the input as a geoclaims document; empty, with its problems printed, if it is not a valid one. */
  Optional<ClaimDocument> document() {
    Reading reading = Reading.read(input, cli, command);
    if (!reading.isValid()) {
      printProblems(reading.problems());
    }
    return reading.document();
  }

  /** Reads the input as UTF-8 text; empty, with a {@code json.encoding} problem printed, if it is not UTF-8. */
  Optional<String> text() {
    try (InputStream in = input.open()) {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes())).toString());
    } catch (CharacterCodingException e) {
      printProblems(List.of(new JsonProblem("", -1, -1, "json.encoding", "The input is not UTF-8 text")));
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(GeoClaimsCli.USAGE, "cannot read " + input.name() + ": " + e.getMessage());
    }
  }

  /** Prints problems of this input on standard error, one line each: {@code FILE: POINTER: message [code]}. */
  void printProblems(List<JsonProblem> problems) {
    PrintWriter err = cli.spec.commandLine().getErr();
    problems.forEach(problem -> err.println(Reading.line(input.name(), problem)));
    err.flush();
  }
}
