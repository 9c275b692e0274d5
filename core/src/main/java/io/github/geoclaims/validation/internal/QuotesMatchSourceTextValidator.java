package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.Attribution.QUOTE;
import static io.github.geoclaims.model.meta.PropertyNames.Citation.ANCHOR;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.SOURCES;
import static io.github.geoclaims.model.meta.PropertyNames.Source.CITATIONS;
import static io.github.geoclaims.model.meta.PropertyNames.TextAnchor.END;
import static io.github.geoclaims.model.meta.PropertyNames.TextAnchor.EXACT;
import static io.github.geoclaims.model.meta.PropertyNames.TextAnchor.PREFIX;
import static io.github.geoclaims.model.meta.PropertyNames.TextAnchor.SUFFIX;

import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.QuotesMatchSourceText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Validates {@link QuotesMatchSourceText}. Offsets count Unicode code points; anchors whose source stores no text,
 * or whose source does not resolve (reported by {@link ResolvedReferencesValidator}), are not checked here.
 */
public final class QuotesMatchSourceTextValidator
    implements ConstraintValidator<QuotesMatchSourceText, Object> {

  /** The most chars of a mismatched range that a message quotes (one more than {@link ConstraintReport#quoted}). */
  private static final int SHOWN = 81;

  /** Creates the validator; Jakarta Validation calls this. */
  public QuotesMatchSourceTextValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof ClaimDocument document)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    Map<String, SourceText> texts = new IdentityHashMap<>();
    Attributions.forEach(document, (position, attribution) -> attribution.getQuote().ifPresent(quote ->
        document.findSource(attribution.getSource()).flatMap(Source::getText).ifPresent(text ->
            check(report, () -> position.path() + "." + QUOTE, texts.computeIfAbsent(text, SourceText::new),
                quote))));
    List<Source> sources = document.getSources();
    for (int s = 0; s < sources.size(); s++) {
      Optional<String> text = sources.get(s).getText();
      List<Citation> citations = sources.get(s).getCitations();
      for (int c = 0; c < citations.size(); c++) {
        if (text.isPresent() && citations.get(c).getAnchor().isPresent()) {
          int source = s;
          int citation = c;
          check(report, () -> SOURCES + "[" + source + "]." + CITATIONS + "[" + citation + "]." + ANCHOR,
              texts.computeIfAbsent(text.get(), SourceText::new), citations.get(c).getAnchor().get());
        }
      }
    }
    return report.isValid();
  }

  private static void check(ConstraintReport report, Supplier<String> path, SourceText source, TextAnchor anchor) {
    if (SourceText.isMalformed(anchor)) {
      return; // reported by @PositiveOrZero and ConsistentAnchorValidator
    }
    if (!source.contains(anchor)) {
      String utf16 = utf16Hint(source, anchor);
      report.add(ViolationCode.ANCHOR_OUT_OF_RANGE, path.get() + "." + END, "end " + anchor.getEnd()
          + " lies beyond the source text, which has " + source.codePoints() + " code points"
          + (utf16 == null ? "" : utf16));
      return;
    }
    if (!source.hasExact(anchor)) {
      // Only as much of the range as the message shows: a long range costs no more than a short one.
      int from = source.charIndex(anchor.getStart());
      int to = Math.min(source.charIndex(anchor.getEnd()), from + SHOWN);
      String found = source.text().substring(from, to);
      report.add(ViolationCode.ANCHOR_TEXT_MISMATCH, path.get() + "." + EXACT, "the source text at "
          + anchor.getStart() + "-" + anchor.getEnd() + " is " + ConstraintReport.quoted(found)
          + ", not " + ConstraintReport.quoted(anchor.getExact()) + mismatchHint(source, anchor));
      return;
    }
    if (!source.hasPrefix(anchor)) {
      report.add(ViolationCode.ANCHOR_PREFIX_MISMATCH, path.get() + "." + PREFIX, "the text before offset "
          + anchor.getStart() + " does not end with " + ConstraintReport.quoted(anchor.getPrefix().orElse("")));
    }
    if (!source.hasSuffix(anchor)) {
      report.add(ViolationCode.ANCHOR_SUFFIX_MISMATCH, path.get() + "." + SUFFIX, "the text after offset "
          + anchor.getEnd() + " does not start with " + ConstraintReport.quoted(anchor.getSuffix().orElse("")));
    }
  }

  /** Says the offsets look like UTF-16 units when they are, or else where the exact text occurs. */
  private static String mismatchHint(SourceText source, TextAnchor anchor) {
    String utf16 = utf16Hint(source, anchor);
    return utf16 != null ? utf16 : locateHint(source, anchor.getExact());
  }

  /**
   * Returns the hint for offsets that match the text when counted in UTF-16 units (Java and JavaScript string
   * indexes) but not in code points, with the offsets in code points; {@code null} if they do not match so.
   */
  private static String utf16Hint(SourceText source, TextAnchor anchor) {
    String text = source.text();
    int start = anchor.getStart();
    int end = anchor.getEnd();
    if (end > text.length() || start > end || !text.substring(start, end).equals(anchor.getExact())) {
      return null;
    }
    int codePointStart = text.codePointCount(0, start);
    int codePointEnd = codePointStart + anchor.getExact().codePointCount(0, anchor.getExact().length());
    if (codePointStart == start && codePointEnd == end) {
      return null;
    }
    return "; offsets count Unicode code points; these look like UTF-16 units (start " + codePointStart + ", end "
        + codePointEnd + " in code points)";
  }

  /** Tells where the exact text does occur, if this text may still be searched (see {@link SourceText#locate}). */
  private static String locateHint(SourceText source, String exact) {
    int[] range = source.locate(exact);
    if (range == null) {
      return "; the exact text was not looked for (each source text is searched for the first "
          + SourceText.SEARCHES + " mismatches only)";
    }
    if (range[0] < 0) {
      return "; the exact text does not occur in the source text";
    }
    return "; the exact text occurs at " + range[0] + "-" + range[1];
  }
}
