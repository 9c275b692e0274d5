package io.github.geoclaims.corpus;

import io.github.geoclaims.model.Origin;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every appearance of a claim across a corpus with the echo chains from each appearance down to each independent
 * origin, and the origins counted once: what {@code geoclaims trace} prints.
 *
 * @param claimId the claim's identifier as asked
 * @param appearances the appearances, in corpus order (same-proposition claims included)
 * @param chains the echo chains of each appearance's affirming attributions, by appearance
 * @param origins the independent origins, each counted once, in order of first appearance
 */
public record ClaimTrace(String claimId, List<Appearance> appearances, Map<Appearance, List<EchoChain>> chains,
    Set<Origin> origins) {

  /**
   * Creates a trace.
   *
   * @param claimId the claim
   * @param appearances the appearances
   * @param chains the chains by appearance
   * @param origins the origins
   */
  public ClaimTrace {
    appearances = List.copyOf(appearances);
    chains = Map.copyOf(chains);
    origins = Collections.unmodifiableSet(new LinkedHashSet<>(origins));
  }
}
