package io.github.geoclaims.examples.cli;

import io.github.geoclaims.corpus.Appearance;
import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.corpus.ClaimTrace;
import io.github.geoclaims.corpus.EchoChain;
import io.github.geoclaims.corpus.EchoStep;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Origin;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code geoclaims trace CLAIM_ID [FILE|DIR...]}: every appearance of a claim across documents, the echo chain from
 * each affirming attribution down to its independent origin, and the number of independent origins.
 *
 * <pre>{@code
 * nk-shipped-1000-containers-to-russia appears in 2 documents
 *
 * 000_6fa328a5eb9c16d3 /claims/4
 *   - RIA News (a03)
 *       origin: communication 000_6fa328a5eb9c16d3/ria-report
 * ...
 * independent origins: 2
 * }</pre>
 */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints every appearance of a claim across the documents, then for each appearance the echo chain of each"
          + " affirming attribution down to the independent origin it ends at (marked 'origin'), then the number of"
          + " independent origins, each counted once.",
      "Without FILE, traces the claim in the five bundled article fixtures."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GeoClaimsCli.EXIT_CODE_OK,
      GeoClaimsCli.EXIT_CODE_INVALID,
      "2:usage error, or no document has the claim (the nearest known claim ids are listed)",
      GeoClaimsCli.EXIT_CODE_INTERNAL
    })
final class TraceCommand implements Callable<Integer> {

  /** How many known claim ids an unknown one is answered with. */
  private static final int NEAREST = 3;

  @ParentCommand GeoClaimsCli cli;

  @Parameters(index = "0", paramLabel = "CLAIM_ID", description = "The identifier of the claim to trace.")
  String claimId;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE|DIR",
      description = "The documents to trace the claim in; a directory stands for its .json files; - reads standard"
          + " input. Default: the bundled fixtures.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    DocumentSet documents = DocumentSet.load(files, cli, "trace");
    ClaimCorpus corpus = documents.corpus(cli);
    ClaimTrace trace = corpus.trace(claimId);
    if (trace.appearances().isEmpty()) {
      throw new CliException(GeoClaimsCli.USAGE, "no document has a claim '" + claimId + "'; nearest known ids: "
          + String.join(", ", nearest(claimId, corpus)));
    }
    print(trace, corpus, documents.documents(), cli.spec.commandLine().getOut());
    return documents.exitCode(corpus);
  }

  private static void print(ClaimTrace trace, ClaimCorpus corpus, List<ClaimDocument> documents, PrintWriter out) {
    Map<String, ClaimDocument> byId = new HashMap<>();
    documents.forEach(document -> byId.putIfAbsent(document.getId(), document));
    int count = trace.appearances().size();
    out.println(trace.claimId() + " appears in " + count + " place" + (count == 1 ? "" : "s"));
    corpus.propositionOf(trace.claimId()).ifPresent(proposition -> out.println("  " + proposition));
    for (Appearance appearance : trace.appearances()) {
      out.println();
      out.println(appearance.getDocument() + " " + appearance.getPointer()
          + (appearance.getClaimId().equals(trace.claimId()) ? "" : " as " + appearance.getClaimId())
          + appearance.getEarliest().map(time -> " (earliest date " + time + ")").orElse(""));
      List<EchoChain> chains = trace.chains().get(appearance);
      if (chains.isEmpty()) {
        out.println("  no affirming attribution");
      }
      for (EchoChain chain : chains) {
        printChain(chain, byId, out);
      }
    }
    out.println();
    out.println("independent origins: " + trace.origins().size());
    for (Origin origin : trace.origins()) {
      out.println("  " + origin);
    }
    out.flush();
  }

  /** Prints one chain as a tree: each relay one level deeper, the last line its origin or why it has none. */
  private static void printChain(EchoChain chain, Map<String, ClaimDocument> byId, PrintWriter out) {
    String indent = "  ";
    String lead = "- ";
    String document = null;
    for (EchoStep step : chain.steps()) {
      String where = step.document().equals(document) || document == null ? "" : " in " + step.document();
      out.println(indent + lead + name(byId.get(step.document()), step.claimant()) + " (" + step.attributionId()
          + ")" + where + step.communication().map(reference -> ", " + reference).orElse(""));
      document = step.document();
      indent += "    ";
      lead = "relays ";
    }
    out.println(indent + (chain.ending().equals("origin") ? "origin: " + chain.origin().orElseThrow()
        : chain.ending()));
  }

  private static String name(ClaimDocument document, String actorId) {
    return document == null ? actorId : document.findActor(actorId).map(Actor::getName).orElse(actorId);
  }

  /** Returns the known claim ids closest to {@code wanted} by edit distance, ties by name. */
  static List<String> nearest(String wanted, ClaimCorpus corpus) {
    return corpus.claimIds().stream()
        .sorted(Comparator.comparingInt((String known) -> editDistance(wanted, known))
            .thenComparing(Comparator.naturalOrder()))
        .limit(NEAREST).collect(Collectors.toList());
  }

  /** Returns the Levenshtein distance between two strings, in one row of memory. */
  static int editDistance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
