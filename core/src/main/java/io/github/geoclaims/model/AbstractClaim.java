package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.Attributed;
import io.github.geoclaims.validation.constraints.ConsistentAttributionChains;
import io.github.geoclaims.validation.constraints.CorroboratedByIndependentOrigins;
import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.KnownTerm;
import io.github.geoclaims.validation.constraints.NotBlank;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
   * @return the attribution, or empty if this claim has none with that identifier
   */
  public final Optional<Attribution> findAttribution(String attributionId) {
    return Optional.ofNullable(attributionsById().get(attributionId));
  }

  /**
   * Returns the chain of an attribution: the attribution itself, then the one it is relayed from, and so on to its
   * origin. A reference that does not resolve, or that would close a cycle, ends the chain.
   *
   * @param attribution an attribution of this claim
   * @return the chain, starting with {@code attribution} and ending with its origin
   */
  public final List<Attribution> chainOf(Attribution attribution) {
    List<Attribution> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Attribution current = attribution;
    while (current != null && seen.add(current.getId())) {
      chain.add(current);
      current = current.getRelayedFrom().map(attributionsById()::get).orElse(null);
    }
    return List.copyOf(chain);
  }

  /**
   * Returns the origin of an attribution: the last attribution of its chain.
   *
   * @param attribution an attribution of this claim
   * @return the origin
   */
  public final Attribution originOf(Attribution attribution) {
    List<Attribution> chain = chainOf(attribution);
    return chain.get(chain.size() - 1);
  }

  /**
   * Returns the independent origins that back this claim: the distinct claimants at the origins of the chains of its
   * affirming attributions ({@link Stance#isAffirming()}: asserts, acknowledges, condemns, supports). Two articles
   * that repeat one White House briefing both trace back to the White House: one origin, not two. A denial or a
   * dismissal is an attribution of the claim but backs nothing, so it is not an origin.
   *
   * @return the identifiers of the claimants at the origins, in order of first appearance
   */
  public final Set<String> independentOrigins() {
    Set<String> origins = new LinkedHashSet<>();
    for (Attribution attribution : getAttributions()) {
      if (attribution.getStance().isAffirming()) {
        origins.add(originOf(attribution).getClaimant());
      }
    }
    return Collections.unmodifiableSet(origins);
  }

  @Value.Lazy
  Map<String, Attribution> attributionsById() {
    Map<String, Attribution> byId = new LinkedHashMap<>();
    for (Attribution attribution : getAttributions()) {
      byId.putIfAbsent(attribution.getId(), attribution);
    }
    return byId;
  }
}
