package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.TEXT;
import static io.github.geoclaims.model.SampleDocuments.article;
import static io.github.geoclaims.model.SampleDocuments.document;
import static io.github.geoclaims.model.SampleDocuments.russiaDismisses;
import static io.github.geoclaims.model.SampleDocuments.shipped;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static io.github.geoclaims.model.SampleDocuments.withAttributions;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static io.github.geoclaims.validation.ValidationAssertions.assertViolations;
import static io.github.geoclaims.validation.ValidationAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.validation.ViolationCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotesMatchSourceTextTest {

  private static final int LENGTH = TEXT.codePointCount(0, TEXT.length());

  private static TextAnchor anchor(String exact, int start) {
    return TextAnchor.builder().exact(exact).start(start).end(start + exact.codePointCount(0, exact.length()))
        .build();
  }

  private static ClaimDocument quoting(TextAnchor russiaQuote) {
    return withAttributions(whiteHouseSays(), russiaDismisses().withQuote(russiaQuote));
  }

  private static ClaimDocument citing(TextAnchor anchor) {
    return document().withSources(article().withCitations(Citation.builder().marker("[1]").anchor(anchor).build()));
  }

  @Test
  void acceptsQuotesAtTheirOffsetsWithMatchingPrefixAndSuffix() {
    assertValid(quoting(TextAnchor.locate(TEXT, "dismissed").withPrefix("Moscow ").withSuffix(" the claim.")));
  }

  @Test
  void acceptsQuoteEndingAtTheEndOfTheText() {
    TextAnchor last = TextAnchor.locate(TEXT, "claim.");
    assertThat(last.getEnd()).isEqualTo(LENGTH);
    assertValid(quoting(last.withSuffix("")));
  }

  @Test
  void rejectsQuoteBeyondTheEndOfTheText() {
    var violation = assertOnlyViolation(quoting(anchor("claim.!", LENGTH - 6)), ViolationCode.ANCHOR_OUT_OF_RANGE,
        "claims[0].attributions[1].quote.end");
    assertThat(violation.message())
        .isEqualTo("end " + (LENGTH + 1) + " lies beyond the source text, which has " + LENGTH + " code points");
  }

  /** The sample text with two emoji, each one code point but two UTF-16 units, then "done, ok". */
  private static final String EMOJI_TEXT = TEXT + " \uD83D\uDE42\uD83D\uDE42 done, ok";

  private static ClaimDocument citingInEmojiText(TextAnchor anchor) {
    return document().withSources(article().withText(EMOJI_TEXT)
        .withCitations(Citation.builder().marker("[1]").anchor(anchor).build()));
  }

  @Test
  void offsetsThatMatchTheTextInUtf16UnitsAreSaidToLookLikeUtf16WithTheCodePointOffsets() {
    int utf16Start = EMOJI_TEXT.indexOf("done");
    var violation = assertOnlyViolation(citingInEmojiText(TextAnchor.builder().exact("done").start(utf16Start)
        .end(utf16Start + 4).build()), ViolationCode.ANCHOR_TEXT_MISMATCH, "sources[0].citations[0].anchor.exact");
    assertThat(violation.message()).isEqualTo("the source text at " + (LENGTH + 6) + "-" + (LENGTH + 10)
        + " is 'ne, ', not 'done'; offsets count Unicode code points; these look like UTF-16 units (start "
        + (LENGTH + 4) + ", end " + (LENGTH + 8) + " in code points)");
  }

  @Test
  void utf16OffsetsBeyondTheCodePointsOfTheTextAreSaidToLookLikeUtf16() {
    int utf16Start = EMOJI_TEXT.indexOf("ok");
    var violation = assertOnlyViolation(citingInEmojiText(TextAnchor.builder().exact("ok").start(utf16Start)
        .end(utf16Start + 2).build()), ViolationCode.ANCHOR_OUT_OF_RANGE, "sources[0].citations[0].anchor.end");
    assertThat(violation.message()).isEqualTo("end " + (LENGTH + 14) + " lies beyond the source text, which has "
        + (LENGTH + 12) + " code points; offsets count Unicode code points; these look like UTF-16 units (start "
        + (LENGTH + 10) + ", end " + (LENGTH + 12) + " in code points)");
  }

  @Test
  void rejectsQuoteThatDoesNotMatchSourceText() {
    var violation = assertOnlyViolation(quoting(anchor("Moscow welcomed", TEXT.indexOf("Moscow"))),
        ViolationCode.ANCHOR_TEXT_MISMATCH, "claims[0].attributions[1].quote.exact");
    assertThat(violation.message()).isEqualTo("the source text at 79-94 is 'Moscow dismisse', not 'Moscow welcomed';"
        + " the exact text does not occur in the source text");
  }

  @Test
  void pointsToWhereAMisplacedQuoteOccurs() {
    var violation = assertOnlyViolation(quoting(anchor("Russia", 0)), ViolationCode.ANCHOR_TEXT_MISMATCH,
        "claims[0].attributions[1].quote.exact");
    int at = TEXT.indexOf("Russia");
    assertThat(violation.message()).isEqualTo("the source text at 0-6 is 'The Wh', not 'Russia'; the exact text"
        + " occurs at " + at + "-" + (at + 6));
  }

  @Test
  void pointsToAMisplacedQuoteThatOccursAtTheStartOfTheText() {
    var violation = assertOnlyViolation(quoting(anchor("The", 4)), ViolationCode.ANCHOR_TEXT_MISMATCH,
        "claims[0].attributions[1].quote.exact");
    assertThat(violation.message()).isEqualTo("the source text at 4-7 is 'Whi', not 'The'; the exact text occurs"
        + " at 0-3");
  }

  @Test
  void rejectsQuoteWhosePrefixDoesNotPrecedeIt() {
    var violation = assertOnlyViolation(quoting(TextAnchor.locate(TEXT, "Moscow").withPrefix("Kyiv. ")),
        ViolationCode.ANCHOR_PREFIX_MISMATCH, "claims[0].attributions[1].quote.prefix");
    assertThat(violation.message()).isEqualTo("the text before offset " + TEXT.indexOf("Moscow")
        + " does not end with 'Kyiv. '");
  }

  @Test
  void rejectsQuoteWhoseSuffixDoesNotFollowIt() {
    var violation = assertOnlyViolation(quoting(TextAnchor.locate(TEXT, "Moscow").withSuffix(" denied")),
        ViolationCode.ANCHOR_SUFFIX_MISMATCH, "claims[0].attributions[1].quote.suffix");
    assertThat(violation.message()).isEqualTo("the text after offset " + (TEXT.indexOf("Moscow") + 6)
        + " does not start with ' denied'");
  }

  @Test
  void reportsPrefixAndSuffixMismatchTogether() {
    assertViolations(quoting(TextAnchor.locate(TEXT, "Moscow").withPrefix("x").withSuffix("y")))
        .containsExactly(
            violation(ViolationCode.ANCHOR_PREFIX_MISMATCH, "claims[0].attributions[1].quote.prefix"),
            violation(ViolationCode.ANCHOR_SUFFIX_MISMATCH, "claims[0].attributions[1].quote.suffix"));
  }

  @Test
  void doesNotCheckQuotesInSourceWithoutText() {
    ClaimDocument document = quoting(anchor("not in any text", 500))
        .withSources(article().withText(Optional.empty()));
    assertValid(document);
  }

  @Test
  void checksQuotesAgainstTheirOwnSource() {
    Attribution elsewhere = russiaDismisses().withSource("other").withQuote(TextAnchor.locate("Other text.", "text"));
    ClaimDocument document = withAttributions(whiteHouseSays(), elsewhere).withSources(article(),
        article().withId("other").withText("Other text."));
    assertValid(document);
    assertOnlyViolation(document.withSources(article(), article().withId("other")),
        ViolationCode.ANCHOR_TEXT_MISMATCH, "claims[0].attributions[1].quote.exact");
  }

  @Test
  void leavesInvertedRangeToTheAnchorRule() {
    assertOnlyViolation(quoting(TextAnchor.builder().exact("Moscow").start(500).end(494).build()),
        ViolationCode.ANCHOR_RANGE_INVALID, "claims[0].attributions[1].quote.end");
  }

  @Test
  void acceptsCitationAnchorMatchingTheText() {
    assertValid(citing(TextAnchor.locate(TEXT, "Russia.")));
  }

  @Test
  void rejectsCitationAnchorThatDoesNotMatchTheText() {
    assertOnlyViolation(citing(anchor("[1]", 10)), ViolationCode.ANCHOR_TEXT_MISMATCH,
        "sources[0].citations[0].anchor.exact");
  }

  @Test
  void rejectsCitationAnchorBeyondTheText() {
    assertOnlyViolation(citing(anchor("[1]", LENGTH)), ViolationCode.ANCHOR_OUT_OF_RANGE,
        "sources[0].citations[0].anchor.end");
  }

  @Test
  void doesNotCheckCitationAnchorsInSourceWithoutText() {
    ClaimDocument document = citing(anchor("[1]", 10));
    assertValid(document.withSources(document.getSources().get(0).withText(Optional.empty())));
  }

  @Test
  void countsOffsetsInCodePointsAroundNonBmpCharacters() {
    String text = "\uD83C\uDDF0\uD83C\uDDF5 says \uD83D\uDE00 it shipped nothing. More text follows.";
    TextAnchor located = TextAnchor.locate(text, "it shipped nothing");
    assertThat(located.getStart()).isEqualTo(text.codePointCount(0, text.indexOf("it")));
    ClaimDocument document = withAttributions(russiaDismisses().withQuote(located.withPrefix("\uD83D\uDE00 ")
        .withSuffix("."))).withSources(article().withText(text));
    assertValid(document);
    TextAnchor utf16Offsets = anchor("it shipped nothing", text.indexOf("it"));
    assertOnlyViolation(withAttributions(russiaDismisses().withQuote(utf16Offsets))
            .withSources(article().withText(text)),
        ViolationCode.ANCHOR_TEXT_MISMATCH, "claims[0].attributions[0].quote.exact");
  }

  @Test
  void checksQuotesOfEveryClaim() {
    ClaimDocument document = document().withClaims(shipped(), shipped().withId("again").withAttributions(
        whiteHouseSays().withId("a-again").withQuote(anchor("Moscow", 0))));
    assertOnlyViolation(document, ViolationCode.ANCHOR_TEXT_MISMATCH, "claims[1].attributions[0].quote.exact");
  }
}
