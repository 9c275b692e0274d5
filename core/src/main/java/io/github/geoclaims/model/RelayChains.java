package io.github.geoclaims.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The relay chains of one claim's attributions, resolved once: for each attribution, its origin (the last
 * attribution of its chain). Built in one pass over the attributions, each visited once, so that
 * {@link Claim#originOf(Attribution)} costs constant time and {@link Claim#chainOf(Attribution)} the length of the
 * chain, however long the chains and however many ask.
 *
 * <p>{@code relayedFrom} names the first attribution of the claim with that identifier (identifiers are unique in a
 * valid claim). A chain follows {@code relayedFrom} and ends at an attribution that names none, names one the claim
 * does not have, or names one already in the chain: in a cycle, the chain of each member goes once around it.
 */
final class RelayChains {

  private static final int NONE = -1;

  /** The first attribution with each identifier, in claim order. */
  private final List<Attribution> nodes = new ArrayList<>();
  private final Map<String, Integer> indexById;
  /** The node each node is relayed from, or {@link #NONE}. */
  private final int[] upstream;
  /** The last node of each node's chain. */
  private final int[] origin;
  /** The nodes walked over and resolved, so that tests can hold the work to two steps per attribution. */
  private long steps;

  RelayChains(List<Attribution> attributions) {
    indexById = new HashMap<>(attributions.size() * 4 / 3 + 1);
    for (Attribution attribution : attributions) {
      if (indexById.putIfAbsent(attribution.getId(), nodes.size()) == null) {
        nodes.add(attribution);
      }
    }
    int size = nodes.size();
    upstream = new int[size];
    for (int i = 0; i < size; i++) {
      upstream[i] = indexOf(nodes.get(i).getRelayedFrom().orElse(null));
    }
    origin = new int[size];
    resolve();
  }

  private int indexOf(String id) {
    Integer index = id == null ? null : indexById.get(id);
    return index == null ? NONE : index;
  }

  /**
   * Resolves every node's origin: walks from each unresolved node until a resolved node, a node without upstream,
   * or a node of the current walk (a cycle); then resolves the walk backwards. Each node is walked over once.
   */
  private void resolve() {
    int size = nodes.size();
    int[] state = new int[size]; // 0 unvisited, 1 on the current walk, 2 resolved
    int[] walk = new int[size];
    int[] positionInWalk = new int[size];
    for (int start = 0; start < size; start++) {
      if (state[start] != 0) {
        continue;
      }
      int length = 0;
      int node = start;
      while (node != NONE && state[node] == 0) {
        steps++;
        state[node] = 1;
        positionInWalk[node] = length;
        walk[length++] = node;
        node = upstream[node];
      }
      int treeEnd = length; // the walk's nodes from here on are resolved as a cycle
      if (node != NONE && state[node] == 1) {
        treeEnd = positionInWalk[node];
        for (int k = treeEnd; k < length; k++) {
          int member = walk[k];
          origin[member] = walk[k == treeEnd ? length - 1 : k - 1]; // the member just before it in the cycle
          state[member] = 2;
        }
      } else if (node == NONE) {
        int last = walk[--treeEnd]; // the true origin of the walk
        origin[last] = last;
        state[last] = 2;
      }
      for (int k = treeEnd - 1; k >= 0; k--) {
        steps++;
        int member = walk[k];
        origin[member] = origin[upstream[member]];
        state[member] = 2;
      }
    }
  }

  /**
   * Returns the node an attribution is, or {@link #NONE} for one that is not the first of the claim with its
   * identifier (a repeated identifier, or an attribution of another claim): its chain starts with it and goes on
   * with the chain of the attribution it is relayed from.
   */
  private int nodeOf(Attribution attribution) {
    int index = indexOf(attribution.getId());
    return index != NONE && nodes.get(index).equals(attribution) ? index : NONE;
  }

  /** Returns the node whose chain follows {@code attribution}'s: itself if it is a node, else its upstream. */
  private int chainStart(Attribution attribution) {
    int node = nodeOf(attribution);
    return node != NONE ? node : indexOf(attribution.getRelayedFrom().orElse(null));
  }

  /** Returns the last attribution of the chain of {@code attribution}. */
  Attribution originOf(Attribution attribution) {
    int start = chainStart(attribution);
    return start == NONE ? attribution : nodes.get(origin[start]);
  }

  /** Returns the chain of {@code attribution}: itself, then each attribution it is relayed from, to its origin. */
  List<Attribution> chainOf(Attribution attribution) {
    List<Attribution> chain = new ArrayList<>();
    int node = nodeOf(attribution);
    if (node == NONE) {
      chain.add(attribution);
      node = indexOf(attribution.getRelayedFrom().orElse(null));
    }
    if (node != NONE) {
      int last = origin[node];
      chain.add(nodes.get(node));
      while (node != last) {
        node = upstream[node];
        chain.add(nodes.get(node));
      }
    }
    return List.copyOf(chain);
  }

  /** Returns the nodes walked over and resolved so far: at most two per attribution. */
  long steps() {
    return steps;
  }

  /** Returns the attribution of the claim with the given identifier (the first, if several share it). */
  Attribution find(String id) {
    int index = indexOf(id);
    return index == NONE ? null : nodes.get(index);
  }
}
