package io.github.geoclaims.testing;

import io.github.geoclaims.model.TextAnchor;
import java.util.List;

/**
 * Source texts of an exact length in code points, and passages cut out of them by code-point offsets.
 *
 * <p>The text reads like news prose, mostly ASCII with accented, Cyrillic, CJK and Hangul words, typographic quotes
 * and dashes, paragraph breaks, and characters outside the Basic Multilingual Plane (emoji, a flag, a Deseret letter,
 * a CJK Extension B ideograph), one of which always opens the text: every passage after it starts at a code-point
 * offset that differs from its UTF-16 index, so code that counts chars instead of code points misplaces it.
 */
final class Prose {

  /** Characters outside the Basic Multilingual Plane, each two UTF-16 units (the flag is two code points). */
  static final List<String> OUTSIDE_BMP = List.of("\uD83D\uDCF0", "\uD83D\uDE00", "\uD83C\uDDF0\uD83C\uDDF5",
      "\uD801\uDC37", "\uD841\uDF0E", "\uD835\uDC0D");

  private static final List<String> WORDS = List.of(
      "the", "the", "the", "of", "to", "and", "in", "a", "that", "on", "said", "says", "officials", "ministry",
      "spokesperson", "containers", "shells", "rounds", "missiles", "shipment", "shipped", "delivered", "border",
      "port", "rail", "satellite", "images", "showed", "reportedly", "allegedly", "according", "statement",
      "denied", "confirmed", "claims", "sources", "analysts", "government", "military", "cooperation", "talks",
      "sanctions", "North", "Korea", "Russia", "Moscow", "Pyongyang", "Washington", "Seoul", "Kyiv", "Tuesday",
      "week", "month", "more", "than", "about", "1,000", "2023", "40", "trucks", "crossed", "evidence", "report",
      "briefing", "agency", "envoy", "deputy", "foreign", "defence", "vessel", "cargo", "loading", "council");

  private static final List<String> WORDS_BEYOND_ASCII = List.of(
      "Über", "Türkiye", "Müller", "José", "Zoë", "Москва", "заявил", "北朝鮮", "平壤", "북한", "„keine Lieferung“",
      "“alleged”", "—", "café", "naïve", "☃", "\u00A0", "\u200B");

  private static final List<String> SENTENCE_ENDS = List.of(". ", ". ", ". ", "; ", "? ", ".\n\n", ", ");

  private final Choices choices;

  Prose(Choices choices) {
    this.choices = choices;
  }

  /**
   * Returns a text of exactly {@code length} code points that starts with a character outside the Basic
   * Multilingual Plane.
   */
  String text(int length) {
    StringBuilder text = new StringBuilder(length + length / 8 + 8);
    int count = append(text, 0, choices.pick(OUTSIDE_BMP.subList(0, 2)) + " ", length);
    int inSentence = 0;
    while (count < length) {
      String word = word();
      inSentence++;
      String separator = inSentence > 6 && choices.oneIn(6) ? choices.pick(SENTENCE_ENDS) : " ";
      if (!separator.equals(" ")) {
        inSentence = 0;
      }
      count = append(text, count, word + separator, length);
    }
    return text.toString();
  }

  private String word() {
    int kind = choices.below(40);
    if (kind < 34) {
      return choices.pick(WORDS);
    }
    return kind < 38 ? choices.pick(WORDS_BEYOND_ASCII) : choices.pick(OUTSIDE_BMP);
  }

  /** Appends {@code piece}, or as many of its first code points as fit, and returns the new count of code points. */
  private static int append(StringBuilder text, int count, String piece, int length) {
    int room = length - count;
    int pieceLength = piece.codePointCount(0, piece.length());
    if (pieceLength <= room) {
      text.append(piece);
      return count + pieceLength;
    }
    text.append(piece, 0, piece.offsetByCodePoints(0, room));
    return length;
  }

  /**
   * Returns an anchor on a passage of {@code text} (of {@code length} code points) of at most {@code maxLength} code
   * points, after the text's first code point when it has more than one, sometimes with up to {@code maxContext}
   * code points of the real text before and after it as prefix and suffix.
   */
  TextAnchor passage(String text, int length, int maxLength, int maxContext) {
    int start = length == 1 ? 0 : choices.between(1, length - 1);
    int end = start + choices.between(1, Math.min(maxLength, length - start));
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(from, end - start);
    TextAnchor.Builder anchor = TextAnchor.builder().exact(text.substring(from, to)).start(start).end(end);
    if (start > 0 && choices.oneIn(3)) {
      anchor.prefix(text.substring(text.offsetByCodePoints(from, -choices.between(1, Math.min(maxContext, start))),
          from));
    }
    if (end < length && choices.oneIn(3)) {
      anchor.suffix(text.substring(to, text.offsetByCodePoints(to, choices.between(1, Math.min(maxContext,
          length - end)))));
    }
    return anchor.build();
  }
}
