package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.model.ClaimDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input: each case ends, within seconds, in a GeoClaimsJsonException with a clear problem, never a raw
 * Jackson exception, a StackOverflowError or an OutOfMemoryError. Small cases are files under
 * {@code src/test/resources/hostile}; the two large ones are generated, so that the repository stays small.
 */
class HostileInputTest {

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of("empty.json", file("empty.json"), "json.empty", "input is empty"),
        Arguments.of("top-level-array.json", file("top-level-array.json"), "json.type", "but was an array"),
        Arguments.of("100,000-deep nesting", deepNesting(100_000), "json.limit", "nesting depth"),
        Arguments.of("20 MB string", hugeString(20_000_000), "json.limit", "String value length"),
        Arguments.of("number-1000-digits.json", file("number-1000-digits.json"), "json.limit", "Number value length"),
        Arguments.of("nan.json", file("nan.json"), "json.syntax", "NaN"),
        Arguments.of("infinity.json", file("infinity.json"), "json.syntax", "Infinity"),
        Arguments.of("invalid-utf8.json", file("invalid-utf8.json"), "json.encoding", "UTF-8"),
        Arguments.of("duplicate-keys.json", file("duplicate-keys.json"), "json.duplicate-key", "'id'"),
        Arguments.of("trailing-garbage.json", file("trailing-garbage.json"), "json.trailing-content", "garbage"),
        Arguments.of("truncated.json", file("truncated.json"), "json.syntax",
            "the document ends before the object that starts at line 141, column 9 is closed"),
        Arguments.of("deep-nesting-in-extension.json", file("deep-nesting-in-extension.json"), "json.limit",
            "nesting depth"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void hostileInputEndsInTheDocumentedExceptionWithAClearMessage(String name, Supplier<InputStream> input,
      String code, String messagePart) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (boolean lenient : new boolean[] {false, true}) {
        try (InputStream in = input.get()) {
          assertThatThrownBy(() -> {
            if (lenient) {
              GeoClaimsJson.standard().readLenient(in);
            } else {
              GeoClaimsJson.standard().read(in);
            }
          }).isInstanceOfSatisfying(GeoClaimsJsonException.class, e -> {
            assertThat(e.getProblems()).first().satisfies(p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.message()).contains(messagePart);
              if (!code.equals("json.empty")) {
                assertThat(p.line()).as("line").isPositive();
                assertThat(p.column()).as("column").isPositive();
              }
            });
          });
        }
      }
    });
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() throws IOException {
    try (InputStream in = file("bom-valid.json").get()) {
      assertThat(GeoClaimsJson.standard().read(in).getId()).isEqualTo("d");
    }
    String text = "\uFEFF{\"schemaVersion\": \"1.0\", \"id\": \"d\"}";
    assertThat(GeoClaimsJson.standard().read(text).getId()).isEqualTo("d");
    assertThat(GeoClaimsJson.standard().read(new java.io.StringReader(text)).getId()).isEqualTo("d");
  }

  @Test
  void theDocumentLengthLimitIsEnforced() {
    GeoClaimsJson small = GeoClaimsJson.builder().maxDocumentLength(1000).build();
    String text = Problems.sample();
    assertThat(Problems.of(small, text)).first().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.limit");
      assertThat(p.message()).isEqualTo("Input exceeds a limit: the document is " + text.length()
          + " characters long, more than maxDocumentLength (1000)");
    });
    assertThatThrownBy(() -> small.read(text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GeoClaimsJsonException.class);
  }

  @Test
  void limitsAreConfigurable() {
    GeoClaimsJson roomy = GeoClaimsJson.builder().maxStringLength(30_000_000).maxNestingDepth(200)
        .maxNumberLength(2000).build();
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"x-deep\": " + "[".repeat(150) + "]".repeat(150)
        + ", \"x-n\": " + "9".repeat(1000) + "}";
    ClaimDocument document = roomy.read(text);
    assertThat(document.getExtensions()).containsKeys("x-deep", "x-n");
    assertThatThrownBy(() -> GeoClaimsJson.builder().maxNestingDepth(3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
  }

  @Test
  void aFailingStreamIsAnIoErrorNotAContentProblem() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    assertThatThrownBy(() -> GeoClaimsJson.standard().read(failing)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk on fire");
  }

  private static Supplier<InputStream> file(String name) {
    return () -> HostileInputTest.class.getResourceAsStream("/hostile/" + name);
  }

  private static Supplier<InputStream> deepNesting(int depth) {
    return () -> {
      byte[] open = new byte[depth];
      Arrays.fill(open, (byte) '[');
      byte[] close = new byte[depth];
      Arrays.fill(close, (byte) ']');
      String head = "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"x-deep\": ";
      return concat(head.getBytes(StandardCharsets.UTF_8), open, close, "}".getBytes(StandardCharsets.UTF_8));
    };
  }

  private static Supplier<InputStream> hugeString(int length) {
    return () -> {
      byte[] string = new byte[length];
      Arrays.fill(string, (byte) 'a');
      String head = "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"title\": \"";
      return concat(head.getBytes(StandardCharsets.UTF_8), string, "\"}".getBytes(StandardCharsets.UTF_8));
    };
  }

  private static InputStream concat(byte[]... parts) {
    InputStream in = new ByteArrayInputStream(new byte[0]);
    for (byte[] part : parts) {
      in = new SequenceInputStream(in, new ByteArrayInputStream(part));
    }
    return in;
  }
}
