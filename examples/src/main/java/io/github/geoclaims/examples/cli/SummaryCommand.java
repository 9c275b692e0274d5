package io.github.geoclaims.examples.cli;

import io.github.geoclaims.corpus.ClaimCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code geoclaims summary [FILE|DIR...]}: a readable report of documents as one corpus, by default of the bundled
 * fixtures.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints a report of documents as one corpus: per document its main source and its claims, with who claims"
          + " each and through whom, stance, modality, verification status, independent origins (in the document and"
          + " across the corpus) and the links to claims of the other documents; then totals. A reference to another"
          + " document that does not resolve is printed as a problem with its file and pointer (exit code 1).",
      "Without FILE, reports on the five bundled article fixtures."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GeoClaimsCli.EXIT_CODE_OK,
      GeoClaimsCli.EXIT_CODE_INVALID,
      GeoClaimsCli.EXIT_CODE_USAGE,
      GeoClaimsCli.EXIT_CODE_INTERNAL
    })
final class SummaryCommand implements Callable<Integer> {

  @ParentCommand GeoClaimsCli cli;

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
      description = "The documents to report on, as one corpus; a directory stands for its .json files; - reads"
          + " standard input. Default: the bundled fixtures.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    DocumentSet documents = DocumentSet.load(files, cli, "summary");
    ClaimCorpus corpus = documents.corpus(cli);
    new SummaryReport(documents.documents(), corpus).print(cli.spec.commandLine().getOut());
    return documents.exitCode(corpus);
  }
}
