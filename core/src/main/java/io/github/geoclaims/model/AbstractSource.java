package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.HttpUrl;
import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.KnownTerm;
import io.github.geoclaims.validation.constraints.LanguageTag;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document or channel in which something was published or observed: a news article, a joint statement, a
 * briefing, a reader comment. Metadata the source does not state stays absent; there are no placeholder values.
 *
 * <p>When {@link #getText()} is present, quotes anchored in this source are checked against it.
 *
 * <pre>{@code
 * Source article = Source.builder()
 *     .id("article").kind(SourceKind.NEWS_ARTICLE)
 *     .title("Countries Condemn North Korea for Supplying Russian Arms")
 *     .language("en").text(bodyText)
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractSource implements Extensible {

  /** Returns the identifier, unique among the document's sources. */
  @Identifier
  public abstract String getId();

  /** Returns what kind of source this is. */
  @KnownTerm
  public abstract SourceKind getKind();

  /** Returns the title or headline, as published. */
  public abstract Optional<@NotBlankIfPresent String> getTitle();

  /** Returns the address the source was published at. */
  public abstract Optional<@HttpUrl String> getUrl();

  /** Returns the identifier of the actor that published the source (the outlet, the ministry). */
  public abstract Optional<@Identifier(refersTo = Actor.class) String> getPublisher();

  /** Returns the identifiers of the source's authors, in byline order. */
  public abstract List<@Identifier(refersTo = Actor.class) String> getAuthors();

  /** Returns the BCP 47 tag of the language the source is written in. */
  public abstract Optional<@LanguageTag String> getLanguage();

  /** Returns when the source was published, to the precision the source states. */
  public abstract Optional<TimePoint> getPublishedAt();

  /** Returns when the source was retrieved for this document. */
  public abstract Optional<TimePoint> getRetrievedAt();

  /**
   * Returns the source's text, when stored (for an article: the body without page furniture). Quote offsets
   * count Unicode code points into this text.
   */
  public abstract Optional<String> getText();

  /** Returns the citations (footnotes, references) the source makes to other sources. */
  public abstract List<@Valid Citation> getCitations();

  /** Returns the identifier of the source this one is attached to, such as the article a reader comment is under. */
  public abstract Optional<@Identifier(refersTo = Source.class) String> getAttachedTo();

  /** Returns a short description, for sources known only by description ("images released by the White House"). */
  public abstract Optional<@NotBlankIfPresent String> getDescription();
}
