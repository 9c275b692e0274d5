package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.KnownTerm;
import org.immutables.value.Value;

/**
 * An actor a claim is about, with the part it plays: who did it, to whom, against whom.
 *
 * <pre>{@code
 * Participant supplier = Participant.of("north-korea", ParticipantRole.AGENT);
 * }</pre>
 */
@Value.Immutable
abstract class AbstractParticipant {

  /** Returns the identifier of the actor. */
  @Identifier(refersTo = Actor.class)
  @Value.Parameter
  public abstract String getActor();

  /** Returns the part the actor plays in the proposition. */
  @KnownTerm
  @Value.Parameter
  public abstract ParticipantRole getRole();
}
