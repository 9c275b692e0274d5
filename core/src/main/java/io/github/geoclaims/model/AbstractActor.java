package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.ConsistentGroup;
import io.github.geoclaims.validation.constraints.CountryCode;
import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.KnownTerm;
import io.github.geoclaims.validation.constraints.NotBlank;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import io.github.geoclaims.validation.constraints.Positive;
import io.github.geoclaims.validation.constraints.WikidataId;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who makes, relays or is the subject of a claim: a state, a government body, an organisation, a media outlet, a
 * person, a group of actors, or an actor the text does not name.
 *
 * <pre>{@code
 * Actor northKorea = Actor.builder()
 *     .id("north-korea").kind(ActorKind.STATE).name("North Korea")
 *     .addAlias("Pyongyang").addAlias("DPRK")
 *     .countryCode("KP").wikidataId("Q423")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ConsistentGroup
abstract class AbstractActor implements Extensible {

  /** Returns the identifier, unique among the document's actors, such as {@code north-korea}. */
  @Identifier
  public abstract String getId();

  /** Returns what kind of actor this is. */
  @KnownTerm
  public abstract ActorKind getKind();

  /** Returns the name the actor is best known by, or a description for an unnamed actor ("U.S. officials"). */
  @NotBlank
  public abstract String getName();

  /** Returns other names used for the same actor in the text, such as {@code Pyongyang} for North Korea. */
  public abstract List<@NotBlank String> getAliases();

  /** Returns the ISO 3166-1 alpha-2 code of the state the actor is, or belongs to, when known. */
  public abstract Optional<@CountryCode String> getCountryCode();

  /** Returns the actor's Wikidata item, such as {@code Q423}, when known. */
  public abstract Optional<@WikidataId String> getWikidataId();

  /** Returns the roles a person holds or held, with their organisations. */
  public abstract List<@Valid Role> getRoles();

  /** Returns the identifiers of the actors a group consists of, as far as the text names them. */
  public abstract List<@Identifier(refersTo = Actor.class) String> getMembers();

  /** Returns how many members a group has according to the text ("47 countries"), when stated. */
  public abstract Optional<@Positive Integer> getMemberCount();

  /** Returns a short description of the actor, when useful. */
  public abstract Optional<@NotBlankIfPresent String> getDescription();

  /**
   * Returns, when present, why the text gives no way to check this actor's existence or identity (an office no
   * other record mentions, an unnamed source, a pen name). Its presence marks claims attributed to this actor
   * as resting on an identity nobody can check.
   */
  public abstract Optional<@NotBlankIfPresent String> getIdentityCaveat();

  /** Returns {@code true} if the text gives no way to check this actor's existence or identity. */
  public final boolean hasUncheckableIdentity() {
    return getIdentityCaveat().isPresent();
  }
}
