package io.github.geoclaims.corpus;

import io.github.geoclaims.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The relays between documents of a corpus, resolved once: for every attribution that ends its document's chain by
 * relaying an attribution of another document, where the chain ends across all documents (an origin, none, a
 * reference the corpus cannot resolve, or a cycle). Each such attribution is walked over once, however long the
 * chains across documents and however many ask, as {@code RelayChains} does within one claim.
 */
final class CrossDocumentRelays {

  /** Finds the attribution a global reference names among a claim's appearances; -1 if none. */
  interface Locator {
    long locate(String reference, String claimId);
  }

  /**
   * Where a chain across documents ends.
   *
   * @param origin the origin it ends at, or {@code null} for none (a restatement, a cycle)
   * @param cycle whether it ends in a cycle
   */
  record Resolution(Origin origin, boolean cycle) {}

  private final List<IndexedClaim> claims;
  private final Locator locator;
  private final Map<Long, Resolution> resolved = new HashMap<>();
  /** The first member, in corpus order, of each cycle. */
  private final List<Long> cycles = new ArrayList<>();
  /** The nodes walked over, so that tests can hold the work to one step per node. */
  private long steps;

  CrossDocumentRelays(List<IndexedClaim> claims, Locator locator) {
    this.claims = claims;
    this.locator = locator;
    for (int e = 0; e < claims.size(); e++) {
      IndexedAttribution[] attributions = claims.get(e).attributions;
      for (int a = 0; a < attributions.length; a++) {
        if (attributions[a].relayedFromElsewhere != null && attributions[a].upstream == IndexedAttribution.NONE) {
          resolve(ClaimCorpus.key(e, a));
        }
      }
    }
  }

  /** Returns where the chain across documents from this node (an entry and attribution key) ends. */
  Resolution resolution(long node) {
    return resolved.getOrDefault(node, new Resolution(null, false));
  }

  /** Returns the first member, in corpus order, of each cycle across documents. */
  List<Long> cycles() {
    return cycles;
  }

  /** Returns the nodes walked over: at most one step per attribution that relays another document's. */
  long steps() {
    return steps;
  }

  private IndexedAttribution attribution(long node) {
    return claims.get((int) (node >>> 32)).attributions[(int) node];
  }

  /** Walks from a node until a resolved one, an end, or a node of this walk; then resolves the walk. */
  private void resolve(long start) {
    if (resolved.containsKey(start)) {
      return;
    }
    List<Long> walk = new ArrayList<>();
    Map<Long, Integer> onWalk = new HashMap<>();
    long node = start;
    Resolution end;
    while (true) {
      Resolution known = resolved.get(node);
      if (known != null) {
        end = known;
        break;
      }
      Integer position = onWalk.get(node);
      if (position != null) {
        long first = node;
        for (long member : walk.subList(position, walk.size())) {
          first = Math.min(first, member);
        }
        cycles.add(first);
        end = new Resolution(null, true);
        break;
      }
      onWalk.put(node, walk.size());
      walk.add(node);
      steps++;
      IndexedAttribution current = attribution(node);
      long target = locator.locate(current.relayedFromElsewhere, claims.get((int) (node >>> 32)).claimId);
      if (target < 0) {
        end = new Resolution(Origin.of(Origin.Kind.ATTRIBUTION_ELSEWHERE, current.relayedFromElsewhere), false);
        break;
      }
      int entry = (int) (target >>> 32);
      long next = ClaimCorpus.key(entry, attribution(target).chainEnd);
      IndexedAttribution nextEnd = attribution(next);
      if (nextEnd.relayedFromElsewhere == null || nextEnd.upstream != IndexedAttribution.NONE) {
        end = new Resolution(nextEnd.chainEndOrigin, false);
        break;
      }
      node = next;
    }
    for (long member : walk) {
      resolved.put(member, end);
    }
  }
}
