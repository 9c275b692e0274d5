package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.ConsistentAnchor;
import io.github.geoclaims.validation.constraints.NotEmpty;
import io.github.geoclaims.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An exact passage of a source's text, located by Unicode code-point offsets and by its surrounding text: the idea
 * of the W3C Web Annotation {@code TextPositionSelector} and {@code TextQuoteSelector} together, so that the
 * passage can be found again even if one of the two is lost.
 *
 * <pre>{@code
 * TextAnchor quote = TextAnchor.builder()
 *     .exact("This deepening relationship threatens regional stability and global security")
 *     .start(2811).end(2889)
 *     .prefix("\u201c").suffix(",\u201d said")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ConsistentAnchor
abstract class AbstractTextAnchor {

  /** Returns the passage exactly as it stands in the source's text. */
  @NotEmpty
  public abstract String getExact();

  /** Returns the offset, in code points, of the passage's first character. */
  @PositiveOrZero
  public abstract int getStart();

  /** Returns the offset, in code points, just after the passage's last character. */
  @PositiveOrZero
  public abstract int getEnd();

  /** Returns text that immediately precedes the passage, to find it again. */
  public abstract Optional<String> getPrefix();

  /** Returns text that immediately follows the passage, to find it again. */
  public abstract Optional<String> getSuffix();

  /**
   * Returns an anchor for the first occurrence of {@code exact} in {@code text}, with code-point offsets.
   *
   * @param text the source text
   * @param exact the passage to find
   * @return the anchor, without prefix or suffix
   * @throws IllegalArgumentException if the passage does not occur in the text
   */
  public static TextAnchor locate(String text, String exact) {
    int index = text.indexOf(exact);
    if (index < 0) {
      throw new IllegalArgumentException("Passage not found in text: '" + exact + "'");
    }
    int start = text.codePointCount(0, index);
    return TextAnchor.builder()
        .exact(exact)
        .start(start)
        .end(start + exact.codePointCount(0, exact.length()))
        .build();
  }
}
