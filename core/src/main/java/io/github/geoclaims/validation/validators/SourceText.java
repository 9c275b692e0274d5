package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.TextAnchor;

/**
 * A source text with its length in code points counted once, shared by all anchors into it: tells whether an
 * anchor's range lies in the text and whether its exact text, prefix and suffix are the text's.
 */
final class SourceText {
  private final String text;
  private final int codePoints;

  SourceText(String text) {
    this.text = text;
    this.codePoints = text.codePointCount(0, text.length());
  }

  /** Returns the text. */
  String text() {
    return text;
  }

  /** Returns the length of the text in code points. */
  int codePoints() {
    return codePoints;
  }

  /** Returns {@code true} if the anchor's range is one other constraints reject: negative or empty. */
  static boolean isMalformed(TextAnchor anchor) {
    return anchor.getStart() < 0 || anchor.getStart() >= anchor.getEnd();
  }

  /** Returns {@code true} if the anchor ends within the text. */
  boolean contains(TextAnchor anchor) {
    return anchor.getEnd() <= codePoints;
  }

  /** Returns {@code true} if the text in the anchor's range, which it {@link #contains}, is its exact text. */
  boolean hasExact(TextAnchor anchor) {
    int from = charIndex(anchor.getStart());
    String exact = anchor.getExact();
    return charIndex(anchor.getEnd()) - from == exact.length() && text.startsWith(exact, from);
  }

  /** Returns {@code true} if the text before the anchor's range ends with its prefix (or it has none). */
  boolean hasPrefix(TextAnchor anchor) {
    String prefix = anchor.getPrefix().orElse("");
    int from = charIndex(anchor.getStart());
    return from >= prefix.length() && text.startsWith(prefix, from - prefix.length());
  }

  /** Returns {@code true} if the text after the anchor's range starts with its suffix (or it has none). */
  boolean hasSuffix(TextAnchor anchor) {
    return text.startsWith(anchor.getSuffix().orElse(""), charIndex(anchor.getEnd()));
  }

  /**
   * Returns {@code true} if the anchor breaks no rule of {@link QuotesMatchSourceTextValidator} against this text;
   * an anchor that {@link #isMalformed is malformed} is not checked here.
   */
  boolean matches(TextAnchor anchor) {
    return isMalformed(anchor)
        || (contains(anchor) && hasExact(anchor) && hasPrefix(anchor) && hasSuffix(anchor));
  }

  /** Returns the char index of a code-point offset; the same number when the text has no surrogate pair. */
  int charIndex(int codePointOffset) {
    return codePoints == text.length() ? codePointOffset : text.offsetByCodePoints(0, codePointOffset);
  }
}
