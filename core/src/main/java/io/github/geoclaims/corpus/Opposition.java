package io.github.geoclaims.corpus;

import java.util.Objects;

/**
 * Something in a corpus that goes against a claim: an attribution that denies, disputes or dismisses it, or a
 * {@code contradicts} or {@code denies} relation between it and another claim, in any document.
 *
 * @param document the document holding the denial or the relation
 * @param pointer the JSON Pointer of the attribution or relation in that document
 * @param claimId the identifier of the claim gone against
 * @param description what goes against the claim, in words ("russia dismisses", "contradicts denied (in 004)")
 */
public record Opposition(String document, String pointer, String claimId, String description) {

  /**
   * Creates an opposition.
   *
   * @param document the document
   * @param pointer the pointer
   * @param claimId the claim
   * @param description the description
   */
  public Opposition {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(description, "description");
  }
}
