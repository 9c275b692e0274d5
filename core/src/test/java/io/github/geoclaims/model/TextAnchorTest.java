package io.github.geoclaims.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TextAnchorTest {

  @Test
  void locatesPassageByCodePointOffsets() {
    TextAnchor anchor = TextAnchor.locate("The White House said", "White House");
    assertThat(anchor.getExact()).isEqualTo("White House");
    assertThat(anchor.getStart()).isEqualTo(4);
    assertThat(anchor.getEnd()).isEqualTo(15);
    assertThat(anchor.getPrefix()).isEmpty();
    assertThat(anchor.getSuffix()).isEmpty();
  }

  @Test
  void countsNonBmpCharactersBeforeThePassageAsOneCodePointEach() {
    String text = "\uD83C\uDDF0\uD83C\uDDF5 \uD83D\uDE00 said it";
    TextAnchor anchor = TextAnchor.locate(text, "said");
    assertThat(text.indexOf("said")).isEqualTo(8);
    assertThat(anchor.getStart()).isEqualTo(5);
    assertThat(anchor.getEnd()).isEqualTo(9);
  }

  @Test
  void countsNonBmpCharactersInsideThePassageAsOneCodePointEach() {
    TextAnchor anchor = TextAnchor.locate("Flag: \uD83C\uDDF0\uD83C\uDDF5!", "\uD83C\uDDF0\uD83C\uDDF5!");
    assertThat(anchor.getStart()).isEqualTo(6);
    assertThat(anchor.getEnd()).isEqualTo(9);
  }

  @Test
  void locatesTheFirstOccurrence() {
    assertThat(TextAnchor.locate("no, no, no", "no").getStart()).isZero();
    assertThat(TextAnchor.locate("yes, no, no", "no").getStart()).isEqualTo(5);
  }

  @Test
  void rejectsPassageThatDoesNotOccur() {
    assertThatIllegalArgumentException().isThrownBy(() -> TextAnchor.locate("The White House said", "Kremlin"))
        .withMessage("Passage not found in text: 'Kremlin'");
  }
}
