package io.github.geoclaims.interop.stix;

import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import java.util.Map;
import java.util.Optional;

/**
 * The documented mappings of geoclaims' vocabularies onto STIX's: actor kinds onto {@code identity-class-ov}
 * (STIX 2.1 section 10.7), verification statuses onto the five-point {@code opinion-enum} (section 10.9), and
 * Admiralty credibility or a probability onto {@code confidence} (section 3.2, scales in Appendix A).
 * {@code docs/interop.md} tables each.
 */
public final class StixVocabularies {

  private static final Map<ActorKind, String> IDENTITY_CLASSES = Map.of(
      ActorKind.PERSON, "individual",
      ActorKind.GROUP, "group",
      ActorKind.STATE, "organization",
      ActorKind.GOVERNMENT_BODY, "organization",
      ActorKind.INTERNATIONAL_ORGANISATION, "organization",
      ActorKind.MEDIA_OUTLET, "organization",
      ActorKind.ORGANISATION, "organization",
      ActorKind.UNNAMED, "unknown");

  private static final Map<VerificationStatus, String> OPINIONS = Map.of(
      VerificationStatus.CONFIRMED, "strongly-agree",
      VerificationStatus.CORROBORATED, "agree",
      VerificationStatus.UNVERIFIED, "neutral",
      VerificationStatus.UNVERIFIABLE, "neutral",
      VerificationStatus.DISPUTED, "disagree",
      VerificationStatus.MISLEADING, "disagree",
      VerificationStatus.REFUTED, "strongly-disagree");

  /** Admiralty information credibility 1 to 5 onto STIX confidence (Appendix A); 6, "cannot be judged", has none. */
  private static final int[] ADMIRALTY_CONFIDENCE = {90, 70, 50, 30, 10};

  private StixVocabularies() {}

  /**
   * Returns the identity class of an actor kind: {@code individual} for a person, {@code group} for a group,
   * {@code organization} for states, government bodies, international organisations, media outlets and other
   * organisations, {@code unknown} for an unnamed actor or an extension kind.
   *
   * @param kind the actor kind
   * @return the identity class
   */
  public static String identityClass(ActorKind kind) {
    return IDENTITY_CLASSES.getOrDefault(kind, "unknown");
  }

  /**
   * Returns the opinion a status expresses about a claim: confirmed {@code strongly-agree}, corroborated
   * {@code agree}, unverified and unverifiable {@code neutral}, disputed and misleading {@code disagree}, refuted
   * {@code strongly-disagree}.
   *
   * @param status the status
   * @return the opinion, or empty for an extension status
   */
  public static Optional<String> opinion(VerificationStatus status) {
    return Optional.ofNullable(OPINIONS.get(status));
  }

  /**
   * Returns the STIX confidence of an assessment: from its Admiralty information credibility by the table of STIX
   * 2.1 Appendix A (1 gives 90, 2 gives 70, 3 gives 50, 4 gives 30, 5 gives 10, 6 gives none), else from its
   * probability as a percentage, rounded half up.
   *
   * @param assessment the assessment
   * @return the confidence from 0 to 100, or empty when the assessment states neither
   */
  public static Optional<Integer> confidence(VerificationAssessment assessment) {
    Optional<AdmiraltyRating> rating = assessment.getAdmiraltyRating();
    if (rating.isPresent()) {
      int credibility = rating.get().getInformationCredibility();
      return credibility >= 1 && credibility <= ADMIRALTY_CONFIDENCE.length
          ? Optional.of(ADMIRALTY_CONFIDENCE[credibility - 1])
          : Optional.empty();
    }
    return assessment.getConfidence().map(probability -> (int) Math.round(probability * 100));
  }
}
