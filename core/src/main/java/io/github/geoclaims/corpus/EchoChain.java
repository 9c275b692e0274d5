package io.github.geoclaims.corpus;

import io.github.geoclaims.model.Origin;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The chain from one affirming attribution of a claim down to the independent origin it echoes, across documents:
 * each attribution it relays, then the origin by the counting rule of {@link Origin}, or why there is none.
 *
 * @param steps the attributions, from the one that appears to the last one relayed
 * @param origin the origin the chain ends at; empty when it ends at no origin
 * @param ending why the chain ends where it does, in words: {@code origin}, or why it is not counted (a
 *     restatement, a cycle) or counted as it stands (an unresolved reference)
 */
public record EchoChain(List<EchoStep> steps, Optional<Origin> origin, String ending) {

  /**
   * Creates a chain.
   *
   * @param steps the steps, at least one
   * @param origin the origin, or empty
   * @param ending why the chain ends there
   */
  public EchoChain {
    steps = List.copyOf(steps);
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(ending, "ending");
  }
}
