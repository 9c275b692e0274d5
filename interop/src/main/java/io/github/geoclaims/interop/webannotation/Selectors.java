package io.github.geoclaims.interop.webannotation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.geoclaims.interop.internal.JsonInput;
import io.github.geoclaims.model.TextAnchor;
import java.util.Optional;

/**
 * What an annotation's selectors state: a {@code TextQuoteSelector}'s {@code exact}, {@code prefix} and
 * {@code suffix}, and a {@code TextPositionSelector}'s {@code start} and {@code end}, each in code points (Web
 * Annotation Data Model, sections 4.2.4 and 4.2.5). Turns them into an anchor, completing either half from the
 * source's text; whether the anchor fits the text is left to validation, so that it is reported once, by its rule.
 */
record Selectors(Optional<String> exact, Optional<String> prefix, Optional<String> suffix,
    Optional<Integer> start, Optional<Integer> end, String pointer) {

  /** Reads the selectors that are present; {@code null} stands for an absent one. */
  static Optional<Selectors> read(JsonNode quote, String quotePointer, JsonNode position, String positionPointer,
      JsonInput input) {
    Optional<String> exact = Optional.empty();
    Optional<String> prefix = Optional.empty();
    Optional<String> suffix = Optional.empty();
    if (quote != null) {
      exact = input.requiredString(quote, "exact", quotePointer, "(the quoted words)");
      prefix = input.string(quote, "prefix", quotePointer);
      suffix = input.string(quote, "suffix", quotePointer);
      if (exact.isEmpty()) {
        return Optional.empty();
      }
    }
    Optional<Integer> start = Optional.empty();
    Optional<Integer> end = Optional.empty();
    if (position != null) {
      start = required(input.count(position, "start", positionPointer), position, "start", positionPointer, input);
      end = required(input.count(position, "end", positionPointer), position, "end", positionPointer, input);
      if (start.isEmpty() || end.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Selectors(exact, prefix, suffix, start, end,
        quote != null ? quotePointer : positionPointer));
  }

  private static Optional<Integer> required(Optional<Integer> value, JsonNode selector, String name, String at,
      JsonInput input) {
    if (value.isEmpty() && !selector.has(name)) {
      input.add(at + "/" + name, "json.required", "Expected a code-point offset '" + name + "' at " + at + "/"
          + name);
    }
    return value;
  }

  /**
   * Returns the anchor: the stated offsets and quote; a position alone takes its words from the text, a quote alone
   * its offsets from its first occurrence in the text with the stated prefix and suffix.
   */
  Optional<TextAnchor> anchor(Optional<String> text, JsonInput input, String selectorPointer) {
    if (start.isPresent() && exact.isPresent()) {
      return Optional.of(anchor(exact.get(), start.get(), end.get()));
    }
    if (text.isEmpty()) {
      input.add(selectorPointer, "json.required", "Expected both a TextPositionSelector and a TextQuoteSelector:"
          + " the source stores no text to complete one from at " + selectorPointer);
      return Optional.empty();
    }
    String body = text.get();
    int length = body.codePointCount(0, body.length());
    if (start.isPresent()) {
      if (start.get() >= end.get()) {
        input.add(pointer, "anchor.range-invalid", "Expected start before end but was " + start.get() + ".."
            + end.get() + " at " + pointer);
        return Optional.empty();
      }
      if (end.get() > length) {
        input.add(pointer + "/end", "anchor.out-of-range", "Expected an end within the source text's " + length
            + " code points but was " + end.get() + " at " + pointer + "/end");
        return Optional.empty();
      }
      String words = body.substring(body.offsetByCodePoints(0, start.get()), body.offsetByCodePoints(0, end.get()));
      return Optional.of(anchor(words, start.get(), end.get()));
    }
    String before = prefix.orElse("");
    int found = body.indexOf(before + exact.get() + suffix.orElse(""));
    if (found < 0) {
      input.add(pointer + "/exact", "anchor.text-mismatch", "Expected the quote, with its prefix and suffix, to"
          + " occur in the source text but it does not at " + pointer + "/exact");
      return Optional.empty();
    }
    int first = body.codePointCount(0, found + before.length());
    return Optional.of(anchor(exact.get(), first, first + exact.get().codePointCount(0, exact.get().length())));
  }

  private TextAnchor anchor(String words, int from, int to) {
    TextAnchor.Builder anchor = TextAnchor.builder().exact(words).start(from).end(to);
    prefix.ifPresent(anchor::prefix);
    suffix.ifPresent(anchor::suffix);
    return anchor.build();
  }
}
