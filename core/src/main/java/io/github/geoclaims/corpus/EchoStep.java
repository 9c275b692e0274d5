package io.github.geoclaims.corpus;

import java.util.Objects;
import java.util.Optional;

/**
 * One attribution on an echo chain: who says it, in which document, and the communication it names.
 *
 * @param document the identifier of the document holding the attribution
 * @param attributionId the attribution's identifier
 * @param claimant the identifier of the actor who puts the claim forward there
 * @param communication the global reference of the communication the attribution names, if it names one
 */
public record EchoStep(String document, String attributionId, String claimant, Optional<String> communication) {

  /**
   * Creates a step.
   *
   * @param document the document
   * @param attributionId the attribution
   * @param claimant the claimant
   * @param communication the communication, or empty
   */
  public EchoStep {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(attributionId, "attributionId");
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(communication, "communication");
  }
}
