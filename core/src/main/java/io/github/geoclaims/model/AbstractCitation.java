package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.HttpUrl;
import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference a source makes to another source, such as a numbered footnote. Title, URL and access date are kept as
 * printed, even where they disagree with each other; {@link #getNote()} says so.
 *
 * <pre>{@code
 * Citation footnote = Citation.builder().marker("[i]")
 *     .title("US, Ukraine, Dozens more Condemn Alleged Russia-North Korea Arms Transfers")
 *     .url("https://www.aljazeera.com/news/2024/1/10/...")
 *     .accessedAt(TimePoint.parse("2024-01-10"))
 *     .source("aljazeera-2024-01-10")
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractCitation {

  /** Returns the marker that links the text to the footnote, such as {@code [ii]}. */
  public abstract Optional<@NotBlankIfPresent String> getMarker();

  /** Returns the cited title as printed. */
  public abstract Optional<@NotBlankIfPresent String> getTitle();

  /** Returns the cited URL as printed. */
  public abstract Optional<@HttpUrl String> getUrl();

  /** Returns the access date as printed. */
  public abstract Optional<TimePoint> getAccessedAt();

  /** Returns the identifier of the cited source in the same document, when it is modelled. */
  public abstract Optional<@Identifier(refersTo = Source.class) String> getSource();

  /** Returns where the footnote itself stands in the citing source's text. */
  public abstract Optional<@Valid TextAnchor> getAnchor();

  /** Returns a remark, for example that the title and the URL name different outlets, or that it reads "Ibid.". */
  public abstract Optional<@NotBlankIfPresent String> getNote();
}
