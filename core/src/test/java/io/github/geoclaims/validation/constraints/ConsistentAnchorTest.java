package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.russiaDismisses;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static io.github.geoclaims.model.SampleDocuments.withAttributions;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.api.Test;

class ConsistentAnchorTest {

  private static TextAnchor anchor(String exact, int start, int end) {
    return TextAnchor.builder().exact(exact).start(start).end(end).build();
  }

  @Test
  void acceptsOffsetsSpanningTheExactText() {
    assertValid(anchor("said", 16, 20));
  }

  @Test
  void rejectsEndEqualToStart() {
    assertOnlyViolation(withAttributions(whiteHouseSays().withQuote(anchor("The", 0, 0)), russiaDismisses()),
        ViolationCode.ANCHOR_RANGE_INVALID, "claims[0].attributions[0].quote.end");
  }

  @Test
  void rejectsEndBeforeStart() {
    var violation = assertOnlyViolation(anchor("The", 3, 0), ViolationCode.ANCHOR_RANGE_INVALID, "end");
    assertThat(violation.message()).isEqualTo("end (0) must be greater than start (3)");
  }

  @Test
  void rejectsOffsetsSpanningMoreThanTheExactText() {
    var violation = assertOnlyViolation(anchor("The", 2, 6), ViolationCode.ANCHOR_LENGTH_MISMATCH, "end");
    assertThat(violation.message()).isEqualTo("the offsets span 4 code points but the exact text has 3");
  }

  @Test
  void rejectsOffsetsSpanningFewerThanTheExactText() {
    assertOnlyViolation(anchor("The", 1, 3), ViolationCode.ANCHOR_LENGTH_MISMATCH, "end");
  }

  @Test
  void countsANonBmpCharacterAsOneCodePoint() {
    String exact = "\uD83D\uDE00 ok"; // grinning face: one code point, two UTF-16 chars
    assertValid(anchor(exact, 10, 14));
    assertOnlyViolation(anchor(exact, 10, 10 + exact.length()), ViolationCode.ANCHOR_LENGTH_MISMATCH, "end");
  }
}
