package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.geoclaims.examples.SampleDocuments;
import io.github.geoclaims.json.GeoClaimsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {

  /** {@code FILE: POINTER (line L, column C): message [code]}; the column or the whole location may be unknown. */
  static final String PROBLEM_LINE =
      "^%s: (\\(root\\)|/\\S*)( \\(line \\d+(, column \\d+)?\\))?: \\S.* \\[[a-z.-]+\\]$";

  static final String INVALID = """
      {
        "schemaVersion": "1.0",
        "id": "invalid",
        "actors": [
          {"id": "north-korea", "kind": "state", "name": "North Korea", "countryCode": "KPR"}
        ],
        "claims": [
          {
            "id": "shipped",
            "proposition": "North Korea shipped containers to Russia.",
            "eventKind": "arms-transfer",
            "participants": [{"actor": "russia", "role": "recipient"}],
            "attributions": [
              {"id": "a-1", "claimant": "north-korea", "source": "article",
               "mode": "authorial", "stance": "asserts", "modality": "asserted"}
            ]
          }
        ]
      }
      """;

  @TempDir Path directory;

  @Test
  void aValidDocumentEndsWithExitCode0() {
    Path file = SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly(file + ": valid");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void eachProblemLineNamesItsPointerOnce() {
    Path file = SampleDocuments.write(INVALID, directory, "invalid.json");

    Cli.Run run = Cli.run("validate", file.toString());

    assertThat(run.outLines()).isNotEmpty().allSatisfy(line -> {
      String pointer = line.substring(file.toString().length() + 2, line.indexOf(' ', file.toString().length() + 2));
      assertThat(line.split(java.util.regex.Pattern.quote(pointer), -1)).as(line).hasSize(2);
    });
  }

  @Test
  void anInvalidDocumentEndsWithExitCode1AndOneLinePerProblem() {
    Path file = SampleDocuments.write(INVALID, directory, "invalid.json");

    Cli.Run run = Cli.run("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(3).allMatch(line -> line.matches(String.format(PROBLEM_LINE, file)));
    assertThat(run.outLines()).contains(file + ": /actors/0/countryCode (line 5, column 82): must be an ISO 3166-1"
        + " alpha-2 country code such as KP [country.invalid]");
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
        .startsWith(file + ": /claims/0/participants/0/actor (line 12, column 34): 'russia' ")
        .endsWith(" [reference.unresolved]"));
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
        .startsWith(file + ": /claims/0/attributions/0/source (line 14, column 60): 'article' ")
        .endsWith(" [reference.unresolved]"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void everyFileIsCheckedAndOneInvalidFileMakesTheExitCode1() {
    Path valid = SampleDocuments.write(SampleDocuments.first(), directory);
    Path invalid = SampleDocuments.write(INVALID, directory, "invalid.json");

    Cli.Run run = Cli.run("validate", invalid.toString(), valid.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(4).last().isEqualTo(valid + ": valid");
  }

  @Test
  void quietPrintsOnlyProblems() {
    Path valid = SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("validate", "--quiet", valid.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingFileIsAUsageErrorWithExitCode2() {
    Cli.Run run = Cli.run("validate", "x.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("geoclaims validate: no such file: x.json");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void everyMissingFileIsNamedBeforeAnythingIsValidated() {
    Path valid = SampleDocuments.write(SampleDocuments.first(), directory);

    Cli.Run run = Cli.run("validate", "a.json", valid.toString(), "b.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("geoclaims validate: no such file: a.json",
        "geoclaims validate: no such file: b.json");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDirectoryWithoutJsonFilesIsAUsageError() {
    Cli.Run run = Cli.run("validate", directory.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("geoclaims validate: no .json file in directory: " + directory);
  }

  @Test
  void withoutFilesItIsAUsageError() {
    Cli.Run run = Cli.run("validate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'FILE'", "Usage: geoclaims validate");
  }

  @Test
  void aDashReadsStandardInput() {
    byte[] valid = GeoClaimsJson.standard().write(SampleDocuments.first()).getBytes(StandardCharsets.UTF_8);

    Cli.Run run = Cli.withInput(valid, "validate", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("<stdin>: valid");
  }

  @Test
  void anInvalidDocumentOnStandardInputIsReportedAsStdin() {
    Cli.Run run = Cli.withInput(INVALID.getBytes(StandardCharsets.UTF_8), "validate", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(3).allMatch(line -> line.matches(String.format(PROBLEM_LINE, "<stdin>")));
  }

  @Test
  void standardInputCanBeReadOnlyOnce() {
    Cli.Run run = Cli.run("validate", "-", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("geoclaims validate: standard input ('-') can be read only once");
  }

  @Test
  void verboseIsAcceptedAfterTheCommand() {
    Path valid = SampleDocuments.write(SampleDocuments.first(), directory);

    assertThat(Cli.run("validate", "--verbose", valid.toString()).exitCode()).isZero();
    assertThat(Cli.run("--verbose", "validate", valid.toString()).exitCode()).isZero();
  }

  static Stream<Arguments> hostileInputs() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    return Stream.of(
        Arguments.of("empty", new byte[0], "json.empty"),
        Arguments.of("only a byte order mark", bom, "json.syntax"),
        Arguments.of("a byte order mark and trailing garbage",
            concat(bom, ascii("{\"schemaVersion\": \"1.0\", \"id\": \"d\"} x")), "json.trailing-content"),
        Arguments.of("100,000-deep nesting",
            ascii("{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"x-a\": " + "[".repeat(100_000) + "]".repeat(100_000)
                + "}"), "json.limit"),
        Arguments.of("100,000-deep nesting, never closed", ascii("[".repeat(100_000)), "json."),
        Arguments.of("a 20 MB string",
            ascii("{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"title\": \"" + "a".repeat(20_000_000) + "\"}"),
            "json.limit"),
        Arguments.of("NaN", ascii("{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"x-n\": NaN}"), "json.syntax"),
        Arguments.of("invalid UTF-8", concat(ascii("{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"title\": \"caf"),
            new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}, ascii("\"}")), "json.encoding"),
        Arguments.of("duplicate keys", ascii("{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"id\": \"e\"}"),
            "json.duplicate-key"),
        Arguments.of("trailing garbage", ascii("{\"schemaVersion\": \"1.0\", \"id\": \"d\"}\ngarbage\n"),
            "json.trailing-content"),
        Arguments.of("a top-level array", ascii("[{\"schemaVersion\": \"1.0\", \"id\": \"d\"}]"), "json.type"),
        Arguments.of("truncated", ascii("{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"actors\": [{\"id\""),
            "json.syntax"),
        Arguments.of("binary", new byte[] {0, 1, 2, 3, (byte) 0x80, (byte) 0xFF}, "json."),
        Arguments.of("a number of 1,000 digits",
            ascii("{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"x-n\": " + "9".repeat(1000) + "}"), "json.limit"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  @Timeout(60)
  void hostileInputEndsWithExitCode1AndAClearLineNamingTheFile(String name, byte[] content, String code)
      throws IOException {
    Path file = Files.write(directory.resolve("hostile.json"), content);

    Cli.Run run = Cli.run("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).isNotEmpty().allMatch(line -> line.matches(String.format(PROBLEM_LINE, file)));
    assertThat(run.outLines().get(0)).contains("[" + code);
    assertThat(run.err()).as("no stack trace, no noise").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  @Timeout(60)
  void hostileInputEndsWithExitCode1AndAClearLineWhenStreamedToo(String name, byte[] content, String code)
      throws IOException {
    Path file = Files.write(directory.resolve("hostile.json"), content);

    Cli.Run run = Cli.run("validate", "--stream", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).isNotEmpty().allMatch(line -> line.matches(String.format(PROBLEM_LINE, file)));
    assertThat(run.outLines().get(0)).contains("[json.");
    assertThat(run.err()).as("no stack trace, no noise").isEmpty();
  }

  @Test
  void streamingFindsTheSameProblemsAsReadingWhole() {
    Path valid = SampleDocuments.write(SampleDocuments.first(), directory);
    Path invalid = SampleDocuments.write(INVALID, directory, "invalid.json");

    Cli.Run whole = Cli.run("validate", invalid.toString(), valid.toString());
    Cli.Run streamed = Cli.run("validate", "--stream", invalid.toString(), valid.toString());

    assertThat(streamed.exitCode()).isEqualTo(1);
    assertThat(streamed.outLines()).map(ValidateCommandTest::withoutMessage)
        .containsExactlyInAnyOrderElementsOf(whole.outLines().stream().map(ValidateCommandTest::withoutMessage)
            .toList());
    assertThat(streamed.err()).isEmpty();
  }

  @Test
  void standardInputCanBeStreamed() {
    byte[] valid = GeoClaimsJson.standard().write(SampleDocuments.first()).getBytes(StandardCharsets.UTF_8);

    Cli.Run run = Cli.withInput(valid, "validate", "--stream", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("<stdin>: valid");
  }

  @Test
  void aLargeFileIsStreamedAndOneInAnotherPropertyOrderIsThenReadWhole() throws IOException {
    String canonical = GeoClaimsJson.standard().write(SampleDocuments.second());
    Path file = directory.resolve("large.json");
    Files.writeString(file, reordered(canonical, "schemaVersion", "id", "claims")
        + " ".repeat((int) ValidateCommand.STREAMING_THRESHOLD));

    Cli.Run run = Cli.run("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly(file + ": valid");
    assertThat(run.errLines()).containsExactly("geoclaims validate: " + file + " is not in the canonical property"
        + " order, so it cannot be read claim by claim; reading it whole");
  }

  @Test
  void aDocumentWhoseIdComesAfterTheClaimsIsReadWholeToo() throws IOException {
    String canonical = GeoClaimsJson.standard().write(SampleDocuments.second());
    Path file = SampleDocuments.write(reordered(canonical, "claims"), directory, "claims-first.json");

    Cli.Run run = Cli.run("validate", "--stream", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly(file + ": valid");
    assertThat(run.errLines()).hasSize(1);
  }

  /** Returns {@code FILE: POINTER (line L, column C) [code]}: a streaming read words some messages otherwise. */
  private static String withoutMessage(String line) {
    return line.replaceFirst("^(.*?: \\S+( \\(line [^)]*\\))?): .* (\\[[a-z.-]+\\])$", "$1 $3");
  }

  /** Returns the document with the given properties first: the same document, which only a whole read accepts. */
  private static String reordered(String canonical, String... first) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode document = (ObjectNode) mapper.readTree(canonical);
    ObjectNode moved = mapper.createObjectNode();
    for (String name : first) {
      moved.set(name, document.remove(name));
    }
    moved.setAll(document);
    return mapper.writeValueAsString(moved);
  }

  @Test
  void aByteOrderMarkBeforeAValidDocumentIsIgnoredAsTheFormatAllows() throws IOException {
    byte[] json = GeoClaimsJson.standard().write(SampleDocuments.first()).getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(directory.resolve("bom.json"),
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json));

    Cli.Run run = Cli.run("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly(file + ": valid");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int offset = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, offset, part.length);
      offset += part.length;
    }
    return all;
  }
}
