package io.github.geoclaims.examples;

import io.github.geoclaims.corpus.Appearance;
import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.corpus.ClaimTrace;
import io.github.geoclaims.corpus.EchoChain;
import io.github.geoclaims.corpus.EchoStep;
import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers the question geoclaims exists for, across many documents: how many independent origins back a claim, and
 * through whom did it reach each document? Five articles repeating one briefing are one origin, not five.
 *
 * <p>Run it on the five bundled fixtures as one corpus (the default claim is {@value #DEFAULT_CLAIM}), or on files:
 * {@code ProvenanceExample [CLAIM_ID [FILE.json...]]}.
 */
public final class ProvenanceExample {

  /** The claim asked about when none is given: the containers claim, which appears in two fixtures. */
  public static final String DEFAULT_CLAIM = "nk-shipped-1000-containers-to-russia";

  private ProvenanceExample() {}

  /**
   * Loads the corpus and prints the answer.
   *
   * @param args the claim's identifier, then the documents; by default the containers claim in the fixtures
   */
  public static void main(String[] args) {
    String claimId = args.length > 0 ? args[0] : DEFAULT_CLAIM;
    List<ClaimDocument> documents = new ArrayList<>();
    if (args.length > 1) {
      GeoClaimsJson json = GeoClaimsJson.standard();
      for (int i = 1; i < args.length; i++) {
        documents.add(json.read(Path.of(args[i])));
      }
    } else {
      documents.addAll(Fixtures.loadAll());
    }
    ClaimCorpus corpus = ClaimCorpus.of(documents);

    ClaimTrace trace = corpus.trace(claimId);
    System.out.println(claimId + ": " + corpus.propositionOf(claimId).orElse("(no such claim)"));
    System.out.println("appears in " + trace.appearances().stream().map(Appearance::getDocument).distinct()
        .collect(Collectors.joining(", ")));
    System.out.println("independent origins: " + trace.origins().size());
    for (Origin origin : trace.origins()) {
      System.out.println("  " + origin + ", reached through:");
      for (Appearance appearance : trace.appearances()) {
        for (EchoChain chain : trace.chains().get(appearance)) {
          if (chain.origin().filter(origin::equals).isPresent()) {
            System.out.println("    " + chain.steps().stream().map(ProvenanceExample::step)
                .collect(Collectors.joining(" <- ")));
          }
        }
      }
    }
    corpus.problems().forEach(problem -> System.out.println("problem: " + problem));
  }

  private static String step(EchoStep step) {
    return step.claimant() + " in " + step.document();
  }
}
