package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.KnownTerm;
import io.github.geoclaims.validation.constraints.NotBlank;
import io.github.geoclaims.validation.constraints.Probability;
import io.github.geoclaims.validation.constraints.VerdictHasEvidence;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A judgment of how well a claim is verified: the status, who judged and when, why, on which evidence, and with
 * what confidence (a probability and/or a NATO Admiralty rating).
 *
 * <pre>{@code
 * VerificationAssessment unverified = VerificationAssessment.builder()
 *     .status(VerificationStatus.UNVERIFIED)
 *     .assessor("article-outlet")
 *     .rationale("The article says the evidence remains unverified in public disclosures.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@VerdictHasEvidence
abstract class AbstractVerificationAssessment {

  /** Returns the verification status this assessment arrives at. */
  @KnownTerm
  public abstract VerificationStatus getStatus();

  /** Returns the identifier of the actor who made the assessment, when known. */
  public abstract Optional<@Identifier(refersTo = Actor.class) String> getAssessor();

  /** Returns when the assessment was made. */
  public abstract Optional<TimePoint> getAssessedAt();

  /** Returns the reasoning, written out. */
  @NotBlank
  public abstract String getRationale();

  /** Returns the evidence the assessment rests on. */
  public abstract List<@Valid Evidence> getEvidence();

  /** Returns the probability, from 0 to 1, that the claim is true. */
  public abstract Optional<@Probability Double> getConfidence();

  /** Returns the NATO Admiralty rating of source and information. */
  public abstract Optional<@Valid AdmiraltyRating> getAdmiraltyRating();
}
