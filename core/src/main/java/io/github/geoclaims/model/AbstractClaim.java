package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.Attributed;
import io.github.geoclaims.validation.constraints.ConsistentAttributionChains;
import io.github.geoclaims.validation.constraints.CorroboratedByIndependentOrigins;
import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.KnownTerm;
import io.github.geoclaims.validation.constraints.NotBlank;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import jakarta.validation.Valid;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A proposition about the world in neutral words, with the actors it is about, what kind of event it is, when and
 * where, the quantities involved, who puts it forward ({@link #getAttributions()}) and how well it is verified
 * ({@link #getAssessments()}).
 *
 * <p>How firmly the claim is put forward (asserted, alleged, speculated, conditional, predicted) is a property of
 * each {@link Attribution}: the same proposition is a fact for the White House and an allegation for the article
 * that relays it.
 *
 * <pre>{@code
 * Claim shipped = Claim.builder()
 *     .id("nk-shipped-containers-to-russia")
 *     .proposition("North Korea shipped more than 1,000 containers of munitions to Russia.")
 *     .eventKind(EventKind.ARMS_TRANSFER)
 *     .addParticipant(Participant.of("north-korea", ParticipantRole.AGENT))
 *     .addParticipant(Participant.of("russia", ParticipantRole.RECIPIENT))
 *     .addQuantity(Quantity.builder().unit("containers").exclusiveMinimum(new BigDecimal("1000")).build())
 *     .addAttribution(whiteHouse)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ConsistentAttributionChains
@CorroboratedByIndependentOrigins
abstract class AbstractClaim implements Extensible {

  /** Returns the identifier; the same proposition keeps the same identifier across documents. */
  @Identifier
  public abstract String getId();

  /** Returns the proposition, in neutral words. */
  @NotBlank
  public abstract String getProposition();

  /** Returns what kind of event or state of affairs the claim is about. */
  @KnownTerm
  public abstract EventKind getEventKind();

  /** Returns the actors the claim is about, with their roles. */
  public abstract List<@Valid Participant> getParticipants();

  /** Returns when the claimed event happened or the state held. */
  public abstract Optional<@Valid TimeSpec> getTime();

  /** Returns where it happened, as the text says. */
  public abstract Optional<@NotBlankIfPresent String> getLocation();

  /** Returns the quantities the claim involves. */
  public abstract List<@Valid Quantity> getQuantities();

  /** Returns who puts the claim forward, in which sources, and how; never empty in a valid claim. */
  @Attributed
  public abstract List<@Valid Attribution> getAttributions();

  /** Returns the verification assessments, oldest first. */
  public abstract List<@Valid VerificationAssessment> getAssessments();

  /** Returns a remark about the claim. */
  public abstract Optional<@NotBlankIfPresent String> getNote();

  /** Returns the status of the latest assessment, or empty when the claim has not been assessed. */
  public final Optional<VerificationStatus> currentStatus() {
    List<VerificationAssessment> assessments = getAssessments();
    return assessments.isEmpty()
        ? Optional.empty()
        : Optional.of(assessments.get(assessments.size() - 1).getStatus());
  }

  /**
   * Returns the attribution with the given identifier.
   *
   * @param attributionId the identifier
   * @return the attribution (the first, if several share the identifier), or empty if this claim has none with it
   */
  public final Optional<Attribution> findAttribution(String attributionId) {
    return Optional.ofNullable(relayChains().find(attributionId));
  }

  /**
   * Returns the chain of an attribution: the attribution itself, then the one it is relayed from, and so on to its
   * origin. A reference that does not resolve, or that would come back to an attribution already in the chain, ends
   * the chain. {@code relayedFrom} names the first attribution of this claim with that identifier.
   *
   * <p>Chains are resolved once per claim, each attribution once (see {@code docs/limits.md}): this costs the length
   * of the chain, and {@link #originOf(Attribution)} constant time.
   *
   * @param attribution an attribution of this claim
   * @return the chain, starting with {@code attribution} and ending with its origin
   */
  public final List<Attribution> chainOf(Attribution attribution) {
    return relayChains().chainOf(attribution);
  }

  /**
   * Returns the origin of an attribution: the last attribution of its chain.
   *
   * @param attribution an attribution of this claim
   * @return the origin
   */
  public final Attribution originOf(Attribution attribution) {
    return relayChains().originOf(attribution);
  }

  /**
   * Returns the independent origins that back this claim, by the counting rule of {@link Origin}: the chains of the
   * affirming attributions ({@link Stance#isAffirming()}), each followed to its end, counted once per communication
   * (or, where none is named, per claimant). Two articles that repeat one White House briefing both trace back to the
   * briefing: one origin, not two. A denial backs nothing; a restating headline is not an origin.
   *
   * @return the origins, in order of first appearance
   */
  public final Set<Origin> independentOrigins() {
    Set<Origin> origins = new LinkedHashSet<>();
    for (Attribution attribution : getAttributions()) {
      backingOrigin(attribution).ifPresent(origins::add);
    }
    return Collections.unmodifiableSet(origins);
  }

  /**
   * Returns the origin an attribution backs this claim from, by the counting rule of {@link Origin}.
   *
   * @param attribution an attribution of this claim
   * @return the origin, or empty when the attribution does not affirm the claim or only restates it
   */
  public final Optional<Origin> backingOrigin(Attribution attribution) {
    return Origin.backing(attribution, originOf(attribution));
  }

  /** Returns the chains of the attributions, resolved on first use. */
  @Value.Lazy
  RelayChains relayChains() {
    return new RelayChains(getAttributions());
  }
}
