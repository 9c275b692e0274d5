package io.github.geoclaims.validation.internal;

import io.github.geoclaims.model.TextAnchor;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A source text prepared once for all anchors into it: its length in code points, and where its code points start
 * among its chars. Tells whether an anchor's range lies in the text and whether its exact text, prefix and suffix
 * are the text's, in time proportional to the anchor's own text, wherever in a long text it points.
 *
 * <p>A text made only of chars of the Basic Multilingual Plane needs no table: a code-point offset is its char
 * index. Otherwise the char index of every {@value #STRIDE}th code point is kept ({@code 4 / STRIDE} bytes per code
 * point), and an offset is found from the nearest one before it in at most {@code STRIDE - 1} steps.
 *
 * <p>The table of a long text is kept for the next documents that hold the same text (see {@code Layout}).
 *
 * <p>Searching the text for an anchor's exact text, for the hint of a mismatch's message, costs a pass over the
 * whole text (Knuth-Morris-Pratt, linear however repetitive the text): each text allows only
 * {@value #SEARCHES} such searches, so that reporting many mismatches into one long text stays linear.
 */
final class SourceText {

  /** One code point in this many has its char index kept. */
  private static final int STRIDE = 32;
  /** How many times one text may be searched for a mismatched anchor's exact text. */
  static final int SEARCHES = 8;

  private final String text;
  private final int codePoints;
  /** The char index of code point {@code k * STRIDE}, or {@code null} if chars and code points coincide. */
  private final int[] strideStarts;
  private int searchesLeft = SEARCHES;
  /** The chars and table entries looked at, so that tests can hold the work to the anchors' lengths. */
  private long steps;

  SourceText(String text) {
    this.text = text;
    Layout layout = Layout.of(text);
    this.codePoints = layout.codePoints();
    this.strideStarts = layout.strideStarts();
  }

  /**
   * Where a text's code points start: its length in code points and the char index of every {@value #STRIDE}th
   * code point ({@code null} if chars and code points coincide). Computed in one pass over the text, and kept for
   * the last long texts seen (by identity, the text held weakly), so that documents sharing a text (the streaming
   * reader validates each claim in a document of its own, with the same source texts) prepare it once.
   */
  private record Layout(int codePoints, int[] strideStarts) {

    /** Texts shorter than this are prepared anew each time: it costs less than a look-up would save. */
    private static final int CACHED_LENGTH = 1024;
    /** How many long texts are kept: a thousand documents' worth of a few sources each, about 1 MB at most. */
    private static final int SLOTS = 1024;
    /** The kept layouts, by the identity hash of their text; read and replaced without a lock. */
    private static final AtomicReferenceArray<Kept> KEPT = new AtomicReferenceArray<>(SLOTS);

    /** A text, held weakly, and its layout. */
    private record Kept(WeakReference<String> text, Layout layout) {}

    static Layout of(String text) {
      if (text.length() < CACHED_LENGTH) {
        return prepare(text);
      }
      int slot = System.identityHashCode(text) & (SLOTS - 1);
      Kept kept = KEPT.get(slot);
      if (kept != null && kept.text().get() == text) {
        return kept.layout();
      }
      Layout layout = prepare(text);
      KEPT.set(slot, new Kept(new WeakReference<>(text), layout));
      return layout;
    }

    private static Layout prepare(String text) {
      int length = text.length();
      int first = firstHighSurrogate(text);
      if (first == length) {
        return new Layout(length, null);
      }
      int[] starts = new int[length / STRIDE + 2];
      for (int k = 0; k * STRIDE < first; k++) {
        starts[k] = k * STRIDE;   // before the first pair, each char is a code point
      }
      int points = first;
      for (int i = first; i < length; points++) {
        if (points % STRIDE == 0) {
          starts[points / STRIDE] = i;
        }
        // One code point: a surrogate pair, or any other char (a lone surrogate counts as one, as codePointAt says).
        boolean pair = Character.isHighSurrogate(text.charAt(i)) && i + 1 < length
            && Character.isLowSurrogate(text.charAt(i + 1));
        i += pair ? 2 : 1;
      }
      if (points % STRIDE == 0) {
        starts[points / STRIDE] = length;
      }
      return new Layout(points, starts);
    }

    /** Returns the index of the text's first high surrogate, or its length if it has none. */
    private static int firstHighSurrogate(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (Character.isHighSurrogate(text.charAt(i))) {
          return i;
        }
      }
      return text.length();
    }
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
    return hasExact(anchor, charIndex(anchor.getStart()), charIndex(anchor.getEnd()));
  }

  private boolean hasExact(TextAnchor anchor, int from, int to) {
    String exact = anchor.getExact();
    steps += exact.length();
    return to - from == exact.length() && text.startsWith(exact, from);
  }

  /** Returns {@code true} if the text before the anchor's range ends with its prefix (or it has none). */
  boolean hasPrefix(TextAnchor anchor) {
    return hasPrefix(anchor, charIndex(anchor.getStart()));
  }

  private boolean hasPrefix(TextAnchor anchor, int from) {
    String prefix = anchor.getPrefix().orElse("");
    steps += prefix.length();
    return from >= prefix.length() && text.startsWith(prefix, from - prefix.length());
  }

  /** Returns {@code true} if the text after the anchor's range starts with its suffix (or it has none). */
  boolean hasSuffix(TextAnchor anchor) {
    return hasSuffix(anchor, charIndex(anchor.getEnd()));
  }

  private boolean hasSuffix(TextAnchor anchor, int to) {
    String suffix = anchor.getSuffix().orElse("");
    steps += suffix.length();
    return text.startsWith(suffix, to);
  }

  /**
   * Returns {@code true} if the anchor breaks no rule of {@link QuotesMatchSourceTextValidator} against this text;
   * an anchor that {@link #isMalformed is malformed} is not checked here. Each end of the range is located once.
   */
  boolean matches(TextAnchor anchor) {
    if (isMalformed(anchor)) {
      return true;
    }
    if (!contains(anchor)) {
      return false;
    }
    int from = charIndex(anchor.getStart());
    int to = charIndex(anchor.getEnd());
    return hasExact(anchor, from, to) && hasPrefix(anchor, from) && hasSuffix(anchor, to);
  }

  /**
   * Returns the char index of a code-point offset within the text (at most {@link #codePoints()}): the same number
   * when the text has no surrogate pair, otherwise found from the table in at most {@code STRIDE - 1} steps.
   */
  int charIndex(int codePointOffset) {
    if (strideStarts == null) {
      return codePointOffset;
    }
    int index = strideStarts[codePointOffset / STRIDE];
    for (int k = codePointOffset % STRIDE; k > 0; k--) {
      index += Character.isHighSurrogate(text.charAt(index)) && index + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(index + 1)) ? 2 : 1;
      steps++;
    }
    return index;
  }

  /**
   * Returns the code-point range of the first occurrence of {@code exact} in the text, as {@code {start, end}};
   * {@code {-1, -1}} if it does not occur; or {@code null} if this text has been searched {@value #SEARCHES} times
   * already and is not searched again.
   */
  int[] locate(String exact) {
    if (searchesLeft == 0) {
      return null;
    }
    searchesLeft--;
    int index = indexOf(exact);
    if (index < 0) {
      return new int[] {-1, -1};
    }
    int start = text.codePointCount(0, index);
    steps += index;
    return new int[] {start, start + exact.codePointCount(0, exact.length())};
  }

  /** Knuth-Morris-Pratt: the first char index of {@code pattern} in the text, or -1; linear in both. */
  private int indexOf(String pattern) {
    int length = pattern.length();
    if (length == 0) {
      return 0;
    }
    int[] border = new int[length];
    for (int i = 1, k = 0; i < length; i++) {
      while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
        k = border[k - 1];
      }
      if (pattern.charAt(i) == pattern.charAt(k)) {
        k++;
      }
      border[i] = k;
    }
    steps += 2L * length + 2L * text.length();
    for (int i = 0, k = 0; i < text.length(); i++) {
      while (k > 0 && text.charAt(i) != pattern.charAt(k)) {
        k = border[k - 1];
      }
      if (text.charAt(i) == pattern.charAt(k)) {
        k++;
      }
      if (k == length) {
        return i - length + 1;
      }
    }
    return -1;
  }

  /** Returns the chars and table entries looked at so far, for the complexity tests. */
  long steps() {
    return steps;
  }
}
