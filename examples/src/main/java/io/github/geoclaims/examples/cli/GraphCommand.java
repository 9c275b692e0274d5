package io.github.geoclaims.examples.cli;

import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.graph.GraphFormat;
import io.github.geoclaims.graph.ProvenanceGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code geoclaims graph [FILE|DIR...] [-o OUT] [--format html|dot|mermaid]}: the provenance graph of documents, read
 * as one corpus, as a self-contained HTML page laid out by ELK, or as Graphviz DOT or Mermaid text.
 *
 * <pre>{@code
 * geoclaims graph -o fixtures.html                 # the five bundled fixtures
 * geoclaims graph claims.json --format dot | dot -Tsvg > claims.svg
 * }</pre>
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Draws the provenance graph of documents, read as one corpus: each claim with its verification status, its"
          + " attributions inside the communications they report (coloured by stance), the actors who put them forward"
          + " and the sources they appear in, relay arrows down to each independent origin (marked), the relations"
          + " between claims and the same claim in other documents.",
      "html (the default) is one self-contained page with an inline SVG, which loads nothing from the network; click"
          + " a claim to highlight its chain. dot and mermaid are the same graph as text.",
      "Without FILE, draws the five bundled article fixtures."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GeoClaimsCli.EXIT_CODE_OK,
      GeoClaimsCli.EXIT_CODE_INVALID,
      GeoClaimsCli.EXIT_CODE_USAGE,
      GeoClaimsCli.EXIT_CODE_INTERNAL
    })
final class GraphCommand implements Callable<Integer> {

  @ParentCommand GeoClaimsCli cli;

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
      description = "The documents to draw, as one corpus; a directory stands for its .json files; - reads standard"
          + " input. Default: the bundled fixtures.")
  List<String> files = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write the graph to OUT (replacing it) instead of standard output.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
      description = "html (default), dot or mermaid.")
  String format;

  @Override
  public Integer call() {
    GraphFormat graphFormat = graphFormat();
    DocumentSet documents = DocumentSet.load(files, cli, "graph");
    ClaimCorpus corpus = documents.corpus(cli);
    if (documents.documents().isEmpty()) {
      throw new CliException(GeoClaimsCli.INVALID, "no valid document to draw");
    }
    String graph = ProvenanceGraph.of(documents.documents()).write(graphFormat);
    if (output == null) {
      PrintWriter out = cli.spec.commandLine().getOut();
      out.print(graph);
      out.flush();
    } else {
      write(graph);
    }
    return documents.exitCode(corpus);
  }

  private GraphFormat graphFormat() {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "html" -> GraphFormat.HTML;
      case "dot" -> GraphFormat.DOT;
      case "mermaid" -> GraphFormat.MERMAID;
      default -> throw new CliException(GeoClaimsCli.USAGE, "unknown format '" + format
          + "'; use html, dot or mermaid");
    };
  }

  private void write(String graph) {
    Path path;
    try {
      path = Path.of(output);
    } catch (InvalidPathException e) {
      throw new CliException(GeoClaimsCli.USAGE, "not a valid file name: " + output);
    }
    if (Files.isDirectory(path)) {
      throw new CliException(GeoClaimsCli.USAGE, "cannot write " + output + ": it is a directory");
    }
    try {
      Files.writeString(path, graph, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(GeoClaimsCli.USAGE, "cannot write " + output + ": " + CliException.reason(e));
    }
    PrintWriter err = cli.spec.commandLine().getErr();
    err.println("wrote " + output);
    err.flush();
  }
}
