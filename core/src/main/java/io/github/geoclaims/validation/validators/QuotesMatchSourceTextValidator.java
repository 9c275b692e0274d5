package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.QuotesMatchSourceText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;

/**
 * Validates {@link QuotesMatchSourceText}. Offsets count Unicode code points; anchors whose source stores no text,
 * or whose source does not resolve (reported by {@link ResolvedReferencesValidator}), are not checked here.
 */
public final class QuotesMatchSourceTextValidator
    implements ConstraintValidator<QuotesMatchSourceText, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public QuotesMatchSourceTextValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof ClaimDocument document)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    Attributions.forEach(document, (path, attribution) -> attribution.getQuote().ifPresent(quote ->
        document.findSource(attribution.getSource()).flatMap(Source::getText)
            .ifPresent(text -> check(report, path + ".quote", text, quote))));
    List<Source> sources = document.getSources();
    for (int s = 0; s < sources.size(); s++) {
      Optional<String> text = sources.get(s).getText();
      List<Citation> citations = sources.get(s).getCitations();
      for (int c = 0; c < citations.size(); c++) {
        if (text.isPresent() && citations.get(c).getAnchor().isPresent()) {
          check(report, "sources[" + s + "].citations[" + c + "].anchor", text.get(),
              citations.get(c).getAnchor().get());
        }
      }
    }
    return report.isValid();
  }

  private static void check(ConstraintReport report, String path, String text, TextAnchor anchor) {
    int length = text.codePointCount(0, text.length());
    if (anchor.getStart() < 0 || anchor.getStart() >= anchor.getEnd()) {
      return; // reported by @PositiveOrZero and ConsistentAnchorValidator
    }
    if (anchor.getEnd() > length) {
      report.add(ViolationCode.ANCHOR_OUT_OF_RANGE, path + ".end",
          "end " + anchor.getEnd() + " lies beyond the source text, which has " + length + " code points");
      return;
    }
    int from = text.offsetByCodePoints(0, anchor.getStart());
    int to = text.offsetByCodePoints(from, anchor.getEnd() - anchor.getStart());
    String actual = text.substring(from, to);
    if (!actual.equals(anchor.getExact())) {
      report.add(ViolationCode.ANCHOR_TEXT_MISMATCH, path + ".exact", "the source text at "
          + anchor.getStart() + "-" + anchor.getEnd() + " is " + ConstraintReport.quoted(actual) + ", not "
          + ConstraintReport.quoted(anchor.getExact()) + locateHint(text, anchor.getExact()));
      return;
    }
    if (anchor.getPrefix().isPresent() && !text.substring(0, from).endsWith(anchor.getPrefix().get())) {
      report.add(ViolationCode.ANCHOR_PREFIX_MISMATCH, path + ".prefix", "the text before offset "
          + anchor.getStart() + " does not end with " + ConstraintReport.quoted(anchor.getPrefix().get()));
    }
    if (anchor.getSuffix().isPresent() && !text.substring(to).startsWith(anchor.getSuffix().get())) {
      report.add(ViolationCode.ANCHOR_SUFFIX_MISMATCH, path + ".suffix", "the text after offset "
          + anchor.getEnd() + " does not start with " + ConstraintReport.quoted(anchor.getSuffix().get()));
    }
  }

  private static String locateHint(String text, String exact) {
    int index = text.indexOf(exact);
    if (index < 0) {
      return "; the exact text does not occur in the source text";
    }
    int start = text.codePointCount(0, index);
    return "; the exact text occurs at " + start + "-" + (start + exact.codePointCount(0, exact.length()));
  }
}
