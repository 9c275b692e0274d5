package io.github.geoclaims.validation.internal;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.RelationKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directed relations of one document ({@code supports}, {@code responds-to}, {@code overstates},
 * {@code elaborates}) between claims of the document, as a graph over claim identifiers, and which of them lie on a
 * cycle: those whose two claims are in one strongly connected component, found by one iterative pass of Tarjan's
 * algorithm. So each claim and each relation is visited once, however the relations are shaped (a chain of 20,000,
 * a fan, a dense knot), and no walk depends on the call stack.
 *
 * <p>A relation lies on a cycle exactly when following directed relations from its target leads back to its origin:
 * the rule of {@link AcyclicRelationsValidator}. A relation of a claim to itself is not an edge here; the validator
 * reports it on its own.
 */
final class RelationCycles {

  /** The kinds that may not form a cycle; symmetric kinds and {@code denies} may. */
  static final Set<RelationKind> DIRECTED = Set.of(
      RelationKind.SUPPORTS, RelationKind.RESPONDS_TO, RelationKind.OVERSTATES, RelationKind.ELABORATES);

  private static final int NONE = -1;

  /** For each relation of the document, its edge's origin and target vertex, or {@link #NONE} if it is no edge. */
  private final int[] from;
  private final int[] to;
  /** The edges out of each vertex, as relation indexes: {@code edges[firstEdge[v] .. firstEdge[v + 1])}. */
  private final int[] firstEdge;
  private final int[] edges;
  /** The strongly connected component of each vertex. */
  private final int[] component;
  /** The steps the search took: one per vertex and one per edge, so that tests can hold it to linear work. */
  private long steps;

  private RelationCycles(int relationCount, int vertexCount) {
    from = new int[relationCount];
    to = new int[relationCount];
    firstEdge = new int[vertexCount + 1];
    component = new int[vertexCount];
    edges = new int[relationCount];
  }

  /**
   * Builds the graph of a document's directed relations and finds its strongly connected components.
   *
   * @param document the document
   * @return the graph
   */
  static RelationCycles of(ClaimDocument document) {
    List<ClaimRelation> relations = document.getRelations();
    Map<String, Integer> vertices = new HashMap<>();
    int[] ends = new int[2 * relations.size()];
    Arrays.fill(ends, NONE);
    for (int i = 0; i < relations.size(); i++) {
      ClaimRelation relation = relations.get(i);
      if (isEdge(relation, document.getId())) {
        ends[2 * i] = vertices.computeIfAbsent(relation.getFrom(), id -> vertices.size());
        ends[2 * i + 1] = vertices.computeIfAbsent(relation.getTo(), id -> vertices.size());
      }
    }
    RelationCycles graph = new RelationCycles(relations.size(), vertices.size());
    for (int i = 0; i < relations.size(); i++) {
      graph.from[i] = ends[2 * i];
      graph.to[i] = ends[2 * i + 1];
      if (graph.from[i] != NONE) {
        graph.firstEdge[graph.from[i] + 1]++;
      }
    }
    for (int v = 0; v < vertices.size(); v++) {
      graph.firstEdge[v + 1] += graph.firstEdge[v];
    }
    int[] filled = Arrays.copyOf(graph.firstEdge, vertices.size());
    for (int i = 0; i < relations.size(); i++) {
      if (graph.from[i] != NONE) {
        graph.edges[filled[graph.from[i]]++] = i;
      }
    }
    graph.findComponents();
    return graph;
  }

  /** Returns {@code true} if the relation is an edge: directed, between two claims of the document, not a loop. */
  static boolean isEdge(ClaimRelation relation, String documentId) {
    return DIRECTED.contains(relation.getKind()) && relation.isTargetIn(documentId)
        && !relation.getFrom().equals(relation.getTo());
  }

  /**
   * Returns {@code true} if relation {@code index} of the document is an edge on a cycle: following directed
   * relations from its target leads back to its origin.
   */
  boolean isOnCycle(int index) {
    return from[index] != NONE && component[from[index]] == component[to[index]];
  }

  /** Returns the steps the search took: linear in the claims and relations of the document. */
  long steps() {
    return steps;
  }

  /** Tarjan's algorithm, iterative: an explicit stack of vertices being explored and the next edge of each. */
  private void findComponents() {
    int vertexCount = component.length;
    int[] order = new int[vertexCount];        // discovery order + 1; 0 = not yet discovered
    int[] lowest = new int[vertexCount];
    boolean[] onStack = new boolean[vertexCount];
    int[] stack = new int[vertexCount];        // Tarjan's stack of vertices of open components
    int[] path = new int[vertexCount];         // the depth-first path
    int[] nextEdge = new int[vertexCount];
    int stackSize = 0;
    int discovered = 0;
    int components = 0;
    for (int root = 0; root < vertexCount; root++) {
      if (order[root] != 0) {
        continue;
      }
      int depth = 0;
      path[depth++] = root;
      order[root] = lowest[root] = ++discovered;
      nextEdge[root] = firstEdge[root];
      stack[stackSize++] = root;
      onStack[root] = true;
      while (depth > 0) {
        steps++;
        int vertex = path[depth - 1];
        if (nextEdge[vertex] < firstEdge[vertex + 1]) {
          int target = to[edges[nextEdge[vertex]++]];
          if (order[target] == 0) {
            order[target] = lowest[target] = ++discovered;
            nextEdge[target] = firstEdge[target];
            stack[stackSize++] = target;
            onStack[target] = true;
            path[depth++] = target;
          } else if (onStack[target]) {
            lowest[vertex] = Math.min(lowest[vertex], order[target]);
          }
          continue;
        }
        depth--;
        if (depth > 0) {
          int parent = path[depth - 1];
          lowest[parent] = Math.min(lowest[parent], lowest[vertex]);
        }
        if (lowest[vertex] == order[vertex]) {
          int member;
          do {
            member = stack[--stackSize];
            onStack[member] = false;
            component[member] = components;
          } while (member != vertex);
          components++;
        }
      }
    }
  }
}
