package io.github.geoclaims.json.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8ChunksTest {

  /**
   * Text of every size around the block boundaries, written in pieces of random length and single bytes, with
   * characters of one to four UTF-8 bytes (an emoji's four split across two blocks included), reads back as written.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, Utf8Chunks.FIRST_BLOCK - 1, Utf8Chunks.FIRST_BLOCK, Utf8Chunks.FIRST_BLOCK + 1,
      3 * Utf8Chunks.FIRST_BLOCK + 2, 3 * Utf8Chunks.LARGEST_BLOCK + 5})
  void givesBackTheTextWrittenInAnyPieces(int characters) {
    Random random = new Random(characters);
    StringBuilder text = new StringBuilder(characters);
    String[] alphabet = {"a", "\"", "é", "Ж", "北", "😀"};
    while (text.length() < characters) {
      text.append(alphabet[random.nextInt(alphabet.length)]);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Utf8Chunks out = new Utf8Chunks();
    for (int at = 0; at < bytes.length; ) {
      if (random.nextInt(4) == 0) {
        out.write(bytes[at++]);
      } else {
        int length = Math.min(bytes.length - at, random.nextInt(3 * Utf8Chunks.FIRST_BLOCK));
        out.write(bytes, at, length);
        at += length;
      }
    }
    assertThat(out.text()).isEqualTo(text.toString());
  }

  @Test
  void decodesMalformedBytesAsStringDoes() {
    byte[] malformed = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b', (byte) 0xFF};
    Utf8Chunks out = new Utf8Chunks();
    out.write(malformed, 0, malformed.length);
    assertThat(out.text()).isEqualTo(new String(malformed, StandardCharsets.UTF_8));
  }

  @Test
  void rejectsARangeOutsideTheArray() {
    Utf8Chunks out = new Utf8Chunks();
    assertThatThrownBy(() -> out.write(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> out.write(new byte[4], -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(out.text()).isEmpty();
  }
}
