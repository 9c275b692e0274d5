package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.KnownTerm;
import io.github.geoclaims.validation.constraints.NotBlank;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import io.github.geoclaims.validation.constraints.Reference;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who puts a claim forward, in which source, and how: the mode (quote, paraphrase, anonymous sourcing, the author's
 * own voice), the stance (asserts, denies, declines to comment), the modality and hedges, when it was said, the
 * exact words anchored in the source's text, and the attribution it was relayed from.
 *
 * <p>Chains: "the article reports that the White House says that RIA News claims ..." is three attributions of
 * one claim: the article's (authorial, relayed from the White House's), the White House's (relayed from RIA
 * News's), and RIA News's, the origin. See {@link Claim#chainOf(Attribution)}.
 *
 * <pre>{@code
 * Attribution kirby = Attribution.builder()
 *     .id("a-kirby").claimant("john-kirby").source("article")
 *     .mode(AttributionMode.REPORTED_SPEECH).stance(Stance.ASSERTS).modality(Modality.REPORTED)
 *     .quote(TextAnchor.locate(text, "John Kirby said that Russia is using more North Korean weapons"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractAttribution implements Extensible {

  /** Returns the identifier, unique among all attributions of the document. */
  @Identifier
  public abstract String getId();

  /** Returns the identifier of the actor who puts the claim forward. */
  @Identifier(refersTo = Actor.class)
  public abstract String getClaimant();

  /** Returns the identifier of the source in which the attribution appears. */
  @Identifier(refersTo = Source.class)
  public abstract String getSource();

  /**
   * Returns the communication this attribution reports, quotes or paraphrases: the identifier of one of the
   * document's communications, or a global reference ({@code document/communication}) to one of another document.
   * Attributions that trace back to one communication are one origin.
   */
  public abstract Optional<@Reference String> getCommunication();

  /** Returns how the source conveys the claimant's statement. */
  @KnownTerm
  public abstract AttributionMode getMode();

  /**
   * Returns, for an attribution in the author's own voice, what it rests on: own reporting, first-hand observation,
   * analysis, or a restatement of what the document attributes to others. Only an own basis makes an authorial
   * attribution an origin (see {@link AttributionBasis#isOwn()}).
   */
  public abstract Optional<@KnownTerm AttributionBasis> getBasis();

  /** Returns the claimant's position toward the claim. */
  @KnownTerm
  public abstract Stance getStance();

  /** Returns how firmly the claim is put forward here. */
  @KnownTerm
  public abstract Modality getModality();

  /** Returns the hedging expressions used, verbatim ("reportedly", "alleged", "if accurate"). */
  public abstract List<@NotBlank String> getHedges();

  /** Returns when the statement was made, to the precision the source gives. */
  public abstract Optional<@Valid TimeSpec> getStatedAt();

  /** Returns the exact words in the source's text that carry this attribution, anchored by offsets. */
  public abstract Optional<@Valid TextAnchor> getQuote();

  /**
   * Returns the attribution this claimant relays: for "the White House, which cites RIA News", the White House's
   * attribution is relayed from RIA News's. The identifier of an attribution of the same claim in this document, or
   * a global reference ({@code document/attribution}) to an attribution of the same claim in another document,
   * which a {@link io.github.geoclaims.corpus.ClaimCorpus} resolves.
   */
  public abstract Optional<@Reference String> getRelayedFrom();

  /** Returns a remark about the attribution. */
  public abstract Optional<@NotBlankIfPresent String> getNote();
}
