package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.KnownTerm;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A communicative act: a statement, a joint statement, a press briefing, an interview, a report, a social post, a
 * leak, an article's own reporting. It is the unit of origin: every attribution that reports, quotes or paraphrases
 * the same communication ({@link Attribution#getCommunication()}) traces back to one origin, whoever the claimant.
 * The 47 foreign ministers, Borrell and Blinken speaking in one joint statement are one origin, the statement.
 *
 * <p>What the text does not state stays absent: an unnamed issuer, no date, no venue.
 *
 * <pre>{@code
 * Communication statement = Communication.builder()
 *     .id("joint-statement-47").kind(CommunicationKind.JOINT_STATEMENT)
 *     .issuer("foreign-ministers-47")
 *     .description("Joint statement of the foreign ministers of 47 countries, the EU's Borrell and Blinken.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractCommunication implements Extensible {

  /** Returns the identifier, unique among the document's communications. */
  @Identifier
  public abstract String getId();

  /** Returns what kind of communicative act this is. */
  @KnownTerm
  public abstract CommunicationKind getKind();

  /** Returns the identifier of the actor, or the group of actors, that issued the communication, when stated. */
  public abstract Optional<@Identifier String> getIssuer();

  /** Returns when the communication was issued, to the precision the text gives. */
  public abstract Optional<@Valid TimeSpec> getIssuedAt();

  /** Returns the identifier of the source the communication was published in, when the document has it. */
  public abstract Optional<@Identifier String> getPublishedIn();

  /** Returns a short description of the act, in the text's terms, with what the text leaves open. */
  public abstract Optional<@NotBlankIfPresent String> getDescription();
}
