package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.validation.ViolationCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The problem codes are an API: every one is listed here, so that a new code cannot appear unnoticed. */
class ProblemCodesTest {

  private static final Pattern CODE_LITERAL = Pattern.compile("\"(json\\.[a-z][a-z-]*)\"");

  @Test
  void listsEveryStructuralCode() {
    assertThat(JsonProblem.STRUCTURAL_CODES).containsExactly("json.syntax", "json.encoding", "json.empty",
        "json.type", "json.required", "json.unknown-property", "json.duplicate-key", "json.trailing-content",
        "json.unsupported-version", "json.time", "json.number", "json.limit", "json.stream-order");
  }

  @Test
  void structuralAndSemanticCodesNeverOverlap() {
    Set<String> semantic = Arrays.stream(ViolationCode.values()).map(ViolationCode::code).collect(Collectors.toSet());
    assertThat(JsonProblem.STRUCTURAL_CODES).doesNotContainAnyElementsOf(semantic).allMatch(c -> c.startsWith("json."));
  }

  @Test
  void everyCodeTheReaderUsesIsListed() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Matcher matcher = CODE_LITERAL.matcher(Files.readString(file));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(JsonProblem.STRUCTURAL_CODES).containsAll(used);
  }

  @Test
  void everyListedCodeIsDocumented() throws IOException {
    String documentation = Files.readString(Path.of("../docs/wire-format.md"));
    assertThat(JsonProblem.STRUCTURAL_CODES).allMatch(code -> documentation.contains("| `" + code + "` |"));
  }
}
