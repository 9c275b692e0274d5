package io.github.geoclaims.examples;

import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Origin;
import io.github.geoclaims.model.Stance;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Asks a document the common questions: which claims involve an actor, who denies or will not comment, how many
 * independent origins stand behind a claim and through whom it travelled, and which claims contradict it.
 *
 * <p>Run it on a bundled fixture (the default, {@value #DEFAULT_FIXTURE}) or on a file:
 * {@code QueryingExample [FILE.json]}.
 */
public final class QueryingExample {

  /** The fixture queried when no file is given: an article in which North Korea denies the talks. */
  public static final String DEFAULT_FIXTURE = "004_c656ded2d8c27bb7";

  private static final Set<Stance> NEGATIVE = Set.of(Stance.DENIES, Stance.DISMISSES, Stance.DECLINES_TO_COMMENT);

  private QueryingExample() {}

  public static void main(String[] args) {
    ClaimDocument document = args.length > 0
        ? GeoClaimsJson.standard().read(Path.of(args[0]))
        : Fixtures.load(DEFAULT_FIXTURE);
    System.out.println("document " + document.getId() + ": " + document.getClaims().size() + " claims");

    System.out.println();
    System.out.println("Claims by actor (about it / put forward by it):");
    for (Actor actor : document.getActors()) {
      List<Claim> involved = document.claimsByActor(actor.getId());
      if (!involved.isEmpty()) {
        System.out.printf("  %s: %d (%d / %d)%n", actor.getName(), involved.size(),
            document.claimsAbout(actor.getId()).size(), document.claimsClaimedBy(actor.getId()).size());
      }
    }

    System.out.println();
    System.out.println("Denials, dismissals and refusals to comment:");
    for (Claim claim : document.getClaims()) {
      for (Attribution attribution : claim.getAttributions()) {
        if (NEGATIVE.contains(attribution.getStance())) {
          System.out.printf("  %s %s: %s%n", name(document, attribution.getClaimant()),
              attribution.getStance().value(), claim.getProposition());
        }
      }
    }

    System.out.println();
    System.out.println("Independent origins (the end of each chain of affirming attributions):");
    for (Claim claim : document.getClaims()) {
      System.out.printf("  %s: %d %s%n", claim.getId(), document.independentOriginCount(claim.getId()),
          claim.independentOrigins().stream().map(origin -> origin.getKind() == Origin.Kind.CLAIMANT
              ? name(document, origin.getReference()) : origin.toString()).collect(Collectors.toList()));
      for (Attribution attribution : claim.getAttributions()) {
        List<Attribution> chain = claim.chainOf(attribution);
        if (chain.size() > 1) {
          System.out.println("    " + chain.stream().map(link -> name(document, link.getClaimant()))
              .collect(Collectors.joining(" <- ")));
        }
      }
    }

    System.out.println();
    System.out.println("Contradictions:");
    List<Claim> claims = document.getClaims();
    for (Claim claim : claims) {
      for (Claim other : document.contradictionsOf(claim.getId())) {
        if (claims.indexOf(claim) < claims.indexOf(other)) {   // each pair once
          System.out.printf("  %s <-> %s%n", claim.getId(), other.getId());
        }
      }
    }
  }

  private static String name(ClaimDocument document, String actorId) {
    return document.findActor(actorId).map(Actor::getName).orElse(actorId);
  }
}
