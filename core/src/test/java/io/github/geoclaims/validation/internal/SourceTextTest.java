package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.shapes.WorkGrowth.assertLinear;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.shapes.DocumentShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTextTest {

  /** Checks every quote of the shape against its one text; returns the steps taken. */
  private static long stepsToMatchQuotes(int n) {
    ClaimDocument document = DocumentShape.QUOTES_IN_LONG_TEXT.generate(n);
    SourceText text = new SourceText(document.getSources().get(0).getText().orElseThrow());
    for (Claim claim : document.getClaims()) {
      for (Attribution attribution : claim.getAttributions()) {
        assertThat(text.matches(attribution.getQuote().orElseThrow())).isTrue();
      }
    }
    return text.steps();
  }

  /** Looks for the exact text of {@code n} mismatched quotes (each one passage off) in the text; returns the steps. */
  private static long stepsToHintMismatches(int n) {
    ClaimDocument document = DocumentShape.QUOTES_IN_LONG_TEXT.generate(n);
    SourceText text = new SourceText(document.getSources().get(0).getText().orElseThrow());
    for (Claim claim : document.getClaims()) {
      TextAnchor quote = claim.getAttributions().get(0).getQuote().orElseThrow();
      TextAnchor shifted = quote.withStart(quote.getStart() - DocumentShape.PASSAGE_CODE_POINTS)
          .withEnd(quote.getEnd() - DocumentShape.PASSAGE_CODE_POINTS);
      assertThat(text.hasExact(shifted)).isFalse();
      text.locate(shifted.getExact());
    }
    return text.steps();
  }

  @Test
  void checksEachQuoteIntoALongTextInTheQuotesLength() {
    assertLinear("steps matching quotes near the end of a long text", SourceTextTest::stepsToMatchQuotes, 2_000);
  }

  @Test
  void searchesALongTextForOnlyAFewMismatchedQuotes() {
    assertLinear("steps hinting where mismatched quotes occur", SourceTextTest::stepsToHintMismatches, 2_000);
  }

  @Test
  void locatesTheExactTextOfAMismatchInCodePoints() {
    SourceText text = new SourceText(DocumentShape.passage(0) + DocumentShape.passage(1));
    int start = DocumentShape.PASSAGE_CODE_POINTS;
    String exact = DocumentShape.passage(1).strip();
    assertThat(text.locate(exact)).containsExactly(start, start + exact.codePointCount(0, exact.length()));
    assertThat(text.locate("absent")).containsExactly(-1, -1);
  }

  @Test
  void stopsSearchingOneTextAfterItsBudgetOfSearches() {
    SourceText text = new SourceText("aaaaaaaaab");
    for (int i = 0; i < SourceText.SEARCHES; i++) {
      assertThat(text.locate("aab")).containsExactly(7, 10);
    }
    assertThat(text.locate("aab")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain ASCII text", "\uD83D\uDCF0", "a\uD83D\uDCF0b\uD83D\uDCF0", "lone \uD800 high",
      "lone \uDC00 low", "end \uD800", "forty chars before the first pair, past a stride\uD83D\uDCF0"})
  void mapsEveryCodePointOffsetToTheCharIndexJavaGives(String piece) {
    for (int repeat : new int[] {1, 7, 31, 32, 33, 64, 100}) {
      String value = piece.repeat(repeat);
      SourceText text = new SourceText(value);
      assertThat(text.codePoints()).isEqualTo(value.codePointCount(0, value.length()));
      for (int offset = 0; offset <= text.codePoints(); offset++) {
        assertThat(text.charIndex(offset)).as("offset %d of %s", offset, value)
            .isEqualTo(value.offsetByCodePoints(0, offset));
      }
    }
  }
}
