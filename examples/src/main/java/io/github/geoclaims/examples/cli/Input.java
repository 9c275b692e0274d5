package io.github.geoclaims.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A file named on the command line, or standard input ({@code -}). */
final class Input {

  /** The command-line argument that stands for standard input. */
  static final String STDIN_ARGUMENT = "-";
  /** How standard input is named in messages. */
  static final String STDIN_NAME = "<stdin>";

  private final String name;
  private final Path path;
  private final InputStream stdin;

  private Input(String name, Path path, InputStream stdin) {
    this.name = name;
    this.path = path;
    this.stdin = stdin;
  }

  /**
   * Resolves the arguments, checking up front that each file exists and is readable, so that a typo ends the
   * command before any output. A directory stands for the {@code .json} files directly in it, by name. Each problem is printed as {@code geoclaims CMD: no such file: x.json}.
   *
   * @throws CliException with exit code 2 if any argument does not name a readable file
   */
  static List<Input> resolve(List<String> arguments, GeoClaimsCli cli, String command) {
    List<Input> inputs = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    boolean stdinSeen = false;
    for (String argument : arguments) {
      if (argument.equals(STDIN_ARGUMENT)) {
        if (stdinSeen) {
          errors.add("standard input ('-') can be read only once");
        }
        stdinSeen = true;
        inputs.add(new Input(STDIN_NAME, null, cli.stdin()));
        continue;
      }
      Path path;
      try {
        path = Path.of(argument);
      } catch (InvalidPathException e) {
        errors.add("not a valid file name: " + argument);
        continue;
      }
      if (!Files.exists(path)) {
        errors.add("no such file: " + argument);
      } else if (Files.isDirectory(path)) {
        List<Path> documents = jsonFilesIn(path);
        if (documents.isEmpty()) {
          errors.add("no .json file in directory: " + argument);
        }
        documents.forEach(file -> inputs.add(new Input(file.toString(), file, null)));
      } else if (!Files.isReadable(path)) {
        errors.add("cannot read file (permission denied): " + argument);
      } else {
        inputs.add(new Input(argument, path, null));
      }
    }
    if (!errors.isEmpty()) {
      for (int i = 0; i < errors.size() - 1; i++) {
        cli.spec.commandLine().getErr().println("geoclaims " + command + ": " + errors.get(i));
      }
      throw new CliException(GeoClaimsCli.USAGE, errors.get(errors.size() - 1));
    }
    return inputs;
  }

  /** Returns the {@code .json} files directly in a directory, by name; an unreadable directory has none. */
  private static List<Path> jsonFilesIn(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".json") && Files.isRegularFile(file))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Returns the name used in messages: the argument as given, or {@code <stdin>}. */
  String name() {
    return name;
  }

  /** Returns {@code true} for a file, which can be read again; {@code false} for standard input. */
  boolean isFile() {
    return path != null;
  }

  /** Returns the size in bytes, when known. */
  OptionalLong size() {
    if (path == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Files.size(path));
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /** Opens the input; closing the stream returned for standard input leaves standard input open. */
  InputStream open() throws IOException {
    if (path == null) {
      return new java.io.FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the process
        }
      };
    }
    return Files.newInputStream(path);
  }
}
