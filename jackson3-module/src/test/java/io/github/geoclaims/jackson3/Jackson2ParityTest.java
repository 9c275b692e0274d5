package io.github.geoclaims.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.geoclaims.jackson.GeoClaimsModule;
import io.github.geoclaims.jackson.Jackson2Backend;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.ReadResult;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.testing.DocumentGenerator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jackson 3 module against the Jackson 2 module, side by side: the same bytes for every golden file and test
 * document, the same problems (pointer, line, column, code and message) for every invalid and hostile input. Runs
 * in the pom's separate {@code jackson2-parity} test execution, the only one with Jackson 2 on the class path.
 */
class Jackson2ParityTest {

  private final GeoClaimsJson jackson2 = GeoClaimsJson.builder().backend(new Jackson2Backend()).build();
  private final GeoClaimsJson jackson3 = GeoClaimsJson.builder().backend(new Jackson3Backend()).build();

  static List<Path> goldenFiles() {
    return Corpus.goldenFiles();
  }

  static List<Corpus.Invalid> invalid() {
    return Corpus.invalid();
  }

  static Stream<Arguments> hostile() {
    return Corpus.jsonFiles(Corpus.hostileDir()).stream()
        .map(p -> Arguments.of(p.getFileName().toString(), Corpus.bytes(p)));
  }

  @Test
  void eachFacadeRunsOnTheBackendItNames() {
    assertThat(jackson2.backend().name()).isEqualTo("jackson2");
    assertThat(jackson3.backend().name()).isEqualTo("jackson3");
  }

  @Test
  void theDiscoveredBackendIsJackson3WhenBothArePresent() {
    assertThat(GeoClaimsJson.standard().backend()).isInstanceOf(Jackson3Backend.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void bothModulesWriteEveryGoldenFileByteForByte(Path file) {
    byte[] golden = Corpus.bytes(file);
    ClaimDocument read2 = jackson2.read(golden);
    ClaimDocument read3 = jackson3.read(golden);
    assertThat(read3).isEqualTo(read2);
    byte[] written2 = jackson2.write(read2).getBytes(StandardCharsets.UTF_8);
    byte[] written3 = jackson3.write(read3).getBytes(StandardCharsets.UTF_8);
    assertThat(written2).as("Jackson 2").isEqualTo(golden);
    assertThat(written3).as("Jackson 3").isEqualTo(golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void bothMappersWriteEveryValueOfEveryGoldenFileAlike(Path file) {
    ClaimDocument document = jackson3.read(Corpus.bytes(file));
    com.fasterxml.jackson.databind.ObjectMapper mapper2 = io.github.geoclaims.jackson.GeoClaimsModule.newMapper();
    tools.jackson.databind.ObjectMapper mapper3 = GeoClaimsModule3.newMapper();
    com.fasterxml.jackson.databind.ObjectMapper plain2 = new com.fasterxml.jackson.databind.ObjectMapper()
        .registerModule(new GeoClaimsModule());
    tools.jackson.databind.ObjectMapper plain3 = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new GeoClaimsModule3()).build();
    List<Object> values = new java.util.ArrayList<>();
    values.add(document);
    values.addAll(document.getActors());
    values.addAll(document.getSources());
    values.addAll(document.getClaims());
    values.addAll(document.getRelations());
    document.getClaims().forEach(c -> {
      values.addAll(c.getAttributions());
      values.addAll(c.getQuantities());
      values.addAll(c.getAssessments());
      values.addAll(c.getParticipants());
    });
    for (Object value : values) {
      assertThat(mapper3.writeValueAsString(value)).isEqualTo(write2(mapper2, value));
      assertThat(plain3.writeValueAsString(value)).isEqualTo(write2(plain2, value));
    }
  }

  private static String write2(com.fasterxml.jackson.databind.ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void bothModulesWriteGeneratedDocumentsAlike() {
    Random random = new Random(20261123);
    ClaimDocument base = jackson3.read(Corpus.full());
    for (int i = 0; i < 60; i++) {
      Claim claim = base.getClaims().get(0);
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < 20; c++) {
        int codePoint = random.nextInt(4) == 0 ? 0x1F300 + random.nextInt(0x300) : 1 + random.nextInt(0x3000);
        if (Character.isSurrogate((char) codePoint) && codePoint < 0x10000) {
          codePoint = 'x';
        }
        text.appendCodePoint(codePoint);
      }
      double confidence = random.nextDouble() / Math.pow(10, random.nextInt(12));
      BigDecimal value = new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(30));
      ClaimDocument document = ClaimDocument.builder().from(base).title(text.toString() + "/\\\"")
          .putExtension("x-n", "[" + confidence + "," + value.toPlainString() + "," + jsonString(text) + "]")
          .claims(List.of(Claim.builder().from(claim)
              .assessments(List.of(io.github.geoclaims.model.VerificationAssessment.builder()
                  .from(claim.getAssessments().get(0)).confidence(confidence).build()))
              .quantities(List.of(Quantity.builder().unit("u").value(value).build()))
              .build(), base.getClaims().get(1)))
          .build();
      String written2 = jackson2.write(document);
      assertThat(jackson3.write(document)).isEqualTo(written2);
      assertThat(jackson3.read(written2)).isEqualTo(jackson2.read(written2));
    }
  }

  @Test
  void bothModulesWriteEveryGeneratedDocumentAlikeAndReadItBackEqual() {
    for (long seed = 0; seed < 100; seed++) {
      ClaimDocument document = new DocumentGenerator(seed).validDocument();
      String written2 = jackson2.write(document);
      assertThat(jackson3.write(document)).as("seed %d", seed).isEqualTo(written2);
      assertThat(jackson3.read(written2)).as("seed %d", seed).isEqualTo(document);
    }
  }

  /** A JSON string literal, escaped minimally (as the model holds extension values). */
  private static String jsonString(CharSequence text) {
    StringBuilder json = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        json.append('\\').appendCodePoint(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", c));
      } else {
        json.appendCodePoint(c);
      }
    });
    return json.append('"').toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void bothModulesReportTheSameProblems(Corpus.Invalid input) {
    assertThat(outcome(s -> jackson3.read(s), input.text()))
        .isEqualTo(outcome(s -> jackson2.read(s), input.text()));
    assertThat(outcome(s -> jackson3.read(s.getBytes(StandardCharsets.UTF_8)), input.text()))
        .isEqualTo(outcome(s -> jackson2.read(s.getBytes(StandardCharsets.UTF_8)), input.text()));
    assertThat(lenient(s -> jackson3.readLenient(s), input.text()))
        .isEqualTo(lenient(s -> jackson2.readLenient(s), input.text()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void bothModulesReportTheSameProblemsForHostileInput(String name, byte[] input) {
    assertThat(outcome(b -> jackson3.read(b), input)).isEqualTo(outcome(b -> jackson2.read(b), input));
    assertThat(outcome(b -> jackson3.read(new java.io.ByteArrayInputStream(b)), input))
        .isEqualTo(outcome(b -> jackson2.read(new java.io.ByteArrayInputStream(b)), input));
  }

  @Test
  void bothModulesReportTheSameProblemsUnderTighterLimits() {
    GeoClaimsJson tight2 = GeoClaimsJson.builder().backend(new Jackson2Backend()).maxDocumentLength(1000)
        .maxProblems(3).build();
    GeoClaimsJson tight3 = GeoClaimsJson.builder().backend(new Jackson3Backend()).maxDocumentLength(1000)
        .maxProblems(3).build();
    String full = Corpus.full();
    assertThat(outcome(tight3::read, full)).isEqualTo(outcome(tight2::read, full));
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"actors\": [1, 2, 3, 4, 5, 6]}";
    Object problems = outcome(tight2::read, text);
    assertThat(problems).asList().hasSize(4);
    assertThat(outcome(tight3::read, text)).isEqualTo(problems);
  }

  /** The problems a read throws, or the canonical text of the document it returns. */
  private <T> Object outcome(Function<T, ClaimDocument> read, T input) {
    Throwable thrown = catchThrowable(() -> read.apply(input));
    if (thrown == null) {
      return jackson3.write(read.apply(input));
    }
    assertThat(thrown).isInstanceOf(GeoClaimsJsonException.class);
    return ((GeoClaimsJsonException) thrown).getProblems();
  }

  private Object lenient(Function<String, ReadResult<ClaimDocument>> read, String input) {
    Throwable thrown = catchThrowable(() -> read.apply(input));
    if (thrown == null) {
      ReadResult<ClaimDocument> result = read.apply(input);
      return List.of(jackson3.write(result.document()), result.problems());
    }
    assertThat(thrown).isInstanceOf(GeoClaimsJsonException.class);
    List<JsonProblem> problems = ((GeoClaimsJsonException) thrown).getProblems();
    return problems;
  }
}
