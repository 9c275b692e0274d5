package io.github.geoclaims.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One independent origin behind a claim: what the chain of an affirming attribution ends at, counted once however
 * many attributions lead to it.
 *
 * <p>The counting rule (see {@code docs/provenance.md}), applied to an attribution and the last attribution of its
 * relay chain:
 * <ol>
 *   <li>an attribution that does not affirm the claim ({@link Stance#isAffirming()}) backs nothing;
 *   <li>a chain that ends in a relay to another document ends at whatever that attribution traces back to: in one
 *       document an {@linkplain Kind#ATTRIBUTION_ELSEWHERE attribution elsewhere}, which a {@link io.github.geoclaims.corpus.ClaimCorpus}
 *       follows;
 *   <li>a chain that ends at an attribution naming a communication ends at that {@linkplain Kind#COMMUNICATION
 *       communication}: the signatories of one joint statement, and whoever delivers it, are one origin;
 *   <li>a chain that ends in the author's own voice and states a basis is an origin only on an own basis
 *       ({@link AttributionBasis#isOwn()}): a restatement is not. One that states no basis counts as its claimant,
 *       as in wire format 1.0, which had no basis (every 1.0 document keeps its counts);
 *   <li>otherwise the chain ends at its {@linkplain Kind#CLAIMANT claimant}: attributions of one claimant that name
 *       no communication are one origin.
 * </ol>
 *
 * <pre>{@code
 * Set<Origin> origins = claim.independentOrigins();
 * // [communication joint-statement-47, claimant kremlin]
 * }</pre>
 */
public final class Origin {

  /** What an origin is. */
  public enum Kind {
    /** A communication: the reference is a communication's identifier, or a global reference to one. */
    COMMUNICATION,
    /** A claimant whose attributions name no communication: the reference is the actor's identifier. */
    CLAIMANT,
    /**
     * An attribution of another document that a chain is relayed from: the reference is its global reference. Only
     * a corpus that holds that document can follow it further.
     */
    ATTRIBUTION_ELSEWHERE
  }

  private final Kind kind;
  private final String reference;

  private Origin(Kind kind, String reference) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reference = Objects.requireNonNull(reference, "reference");
  }

  /**
   * Returns an origin.
   *
   * @param kind what the origin is
   * @param reference the identifier or global reference of the communication, claimant or attribution
   * @return the origin
   */
  public static Origin of(Kind kind, String reference) {
    return new Origin(kind, reference);
  }

  /**
   * Applies the counting rule to an attribution and the last attribution of its chain in its document.
   *
   * @param attribution the attribution
   * @param chainEnd the last attribution of its relay chain (the attribution itself when it relays nothing)
   * @return the origin it backs the claim from, or empty when it backs nothing or restates
   */
  static Optional<Origin> backing(Attribution attribution, Attribution chainEnd) {
    if (!attribution.getStance().isAffirming()) {
      return Optional.empty();
    }
    return ofChainEnd(chainEnd);
  }

  /**
   * Applies rules 2 to 5 of the counting rule to the last attribution of a chain.
   *
   * @param chainEnd the last attribution of a relay chain
   * @return its origin, or empty when it is an authorial attribution whose stated basis is not its own
   */
  public static Optional<Origin> ofChainEnd(Attribution chainEnd) {
    Optional<String> relayed = chainEnd.getRelayedFrom();
    if (relayed.isPresent() && relayed.get().indexOf(QualifiedId.SEPARATOR) >= 0) {
      return Optional.of(new Origin(Kind.ATTRIBUTION_ELSEWHERE, relayed.get()));
    }
    if (chainEnd.getCommunication().isPresent()) {
      return Optional.of(new Origin(Kind.COMMUNICATION, chainEnd.getCommunication().get()));
    }
    if (chainEnd.getMode().equals(AttributionMode.AUTHORIAL)
        && !chainEnd.getBasis().map(AttributionBasis::isOwn).orElse(true)) {
      return Optional.empty();
    }
    return Optional.of(new Origin(Kind.CLAIMANT, chainEnd.getClaimant()));
  }

  /** Returns what the origin is. */
  public Kind getKind() {
    return kind;
  }

  /** Returns the identifier, or global reference, of the communication, claimant or attribution. */
  public String getReference() {
    return reference;
  }

  /**
   * Returns this origin as seen from outside its document: a local reference qualified by the document's identifier.
   *
   * @param documentId the identifier of the document the origin was found in
   * @return the origin with a global reference
   */
  public Origin in(String documentId) {
    return new Origin(kind, QualifiedId.parse(reference).in(documentId).toString());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Origin that && kind == that.kind && reference.equals(that.reference);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + reference.hashCode();
  }

  /** Returns the kind in lower case and the reference: {@code communication joint-statement-47}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + reference;
  }
}
