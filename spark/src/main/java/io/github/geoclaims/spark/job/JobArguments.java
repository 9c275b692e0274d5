package io.github.geoclaims.spark.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of {@link GeoClaimsSparkJob}: {@code origins DIR --out OUT [--master URL] [--top N]}.
 *
 * @param input the files and folders of documents
 * @param out the folder the Parquet tables are written to
 * @param master the Spark master, when given
 * @param top how many claims the table of the most-backed claims shows
 */
record JobArguments(List<String> input, String out, Optional<String> master, int top) {

  /** The usage line, printed with every mistake on the command line. */
  static final String USAGE = "usage: origins DIR... --out OUT [--master URL] [--top N]";

  private static final int DEFAULT_TOP = 10;

  /**
   * Parses a command line.
   *
   * @param args the arguments
   * @return the arguments
   * @throws IllegalArgumentException naming what is wrong
   */
  static JobArguments parse(String... args) {
    if (args.length == 0 || !args[0].equals("origins")) {
      throw new IllegalArgumentException(args.length == 0 ? "name a command" : "unknown command '" + args[0] + "'");
    }
    List<String> input = new ArrayList<>();
    String out = null;
    String master = null;
    int top = DEFAULT_TOP;
    for (int a = 1; a < args.length; a++) {
      switch (args[a]) {
        case "--out" -> out = valueOf(args, ++a, "--out");
        case "--master" -> master = valueOf(args, ++a, "--master");
        case "--top" -> top = topOf(valueOf(args, ++a, "--top"));
        default -> {
          if (args[a].startsWith("--")) {
            throw new IllegalArgumentException("unknown option '" + args[a] + "'");
          }
          input.add(args[a]);
        }
      }
    }
    if (input.isEmpty()) {
      throw new IllegalArgumentException("name a folder or file of documents");
    }
    if (out == null) {
      throw new IllegalArgumentException("name the folder to write to with --out");
    }
    return new JobArguments(List.copyOf(input), out, Optional.ofNullable(master), top);
  }

  private static String valueOf(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int topOf(String value) {
    try {
      int top = Integer.parseInt(value);
      if (top >= 1) {
        return top;
      }
    } catch (NumberFormatException e) {
      // reported below, with the value
    }
    throw new IllegalArgumentException("--top needs a whole number of at least 1, not '" + value + "'");
  }
}
