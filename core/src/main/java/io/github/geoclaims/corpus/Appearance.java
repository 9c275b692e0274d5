package io.github.geoclaims.corpus;

import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.CLAIMS;

import io.github.geoclaims.model.TimePoint;
import java.util.Objects;
import java.util.Optional;

/**
 * One appearance of a claim in one document of a corpus: the document, the claim's identifier and position there,
 * and the earliest time the document gives for it (the earliest statement or publication date of its attributions).
 *
 * <pre>{@code
 * Appearance first = corpus.firstAppearance("nk-shipped-1000-containers-to-russia").orElseThrow();
 * first.getDocument();   // 000_6fa328a5eb9c16d3
 * first.getPointer();    // /claims/4
 * }</pre>
 */
public final class Appearance {

  private final String document;
  private final String claimId;
  private final int index;
  private final TimePoint earliest;

  Appearance(String document, String claimId, int index, TimePoint earliest) {
    this.document = document;
    this.claimId = claimId;
    this.index = index;
    this.earliest = earliest;
  }

  /** Returns the identifier of the document. */
  public String getDocument() {
    return document;
  }

  /** Returns the claim's identifier in that document. */
  public String getClaimId() {
    return claimId;
  }

  /** Returns the claim's position in the document's list of claims. */
  public int getIndex() {
    return index;
  }

  /** Returns the JSON Pointer of the claim in its document, such as {@code /claims/4}. */
  public String getPointer() {
    return "/" + CLAIMS + "/" + index;
  }

  /** Returns the earliest statement or publication date the document gives for the claim, when it gives one. */
  public Optional<TimePoint> getEarliest() {
    return Optional.ofNullable(earliest);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Appearance that && document.equals(that.document) && claimId.equals(that.claimId)
        && index == that.index && Objects.equals(earliest, that.earliest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, claimId, index);
  }

  /** Returns {@code document#/claims/index (claimId)}. */
  @Override
  public String toString() {
    return document + "#" + getPointer() + " (" + claimId + ")";
  }
}
