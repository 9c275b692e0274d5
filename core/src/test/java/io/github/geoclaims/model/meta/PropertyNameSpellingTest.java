package io.github.geoclaims.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model is the one place that spells a wire property name: no hand-written main source of the library (the
 * Spring Boot starter and the graph included), the examples or the benchmarks has a string literal that is a
 * property name of the metamodel ({@code "id"}) or a path made of them ({@code "claims["},
 * {@code "].attributions["}, {@code ".id"}, {@code "/relations"}). Such code names
 * properties through {@link PropertyNames} or the {@link Metamodel}, so that a renamed property breaks its
 * compilation or its class initialisation, not its output.
 *
 * <p>Not scanned: the model package itself (its abstract types are the description), generated sources (they are
 * under {@code target/}), text blocks holding JSON (example documents are data), the parameter name in
 * {@code Objects.requireNonNull(name, "name")}, and the few literals {@link #NOT_WIRE_NAMES} lists, each with the
 * reason it is another vocabulary's word.
 */
class PropertyNameSpellingTest {

  /** The repository's root: Maven runs the tests of a module in the module's directory. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** The hand-written main sources scanned (the fuzzing module has test sources only). */
  private static final List<String> SOURCE_ROOTS = List.of("core/src/main/java", "json/src/main/java",
      "jackson-module/src/main/java", "jackson3-module/src/main/java", "examples/src/main/java",
      "spring-boot/src/main/java", "spring-boot3-compat/src/main/java", "benchmarks/src/main/java",
      "graph/src/main/java");

  /** The package of the model, whose abstract types are the one description of the wire names. */
  private static final Path MODEL_PACKAGE = Path.of("core/src/main/java/io/github/geoclaims/model");

  /** Literals that equal a property name but are words of another vocabulary, by file. */
  private static final List<NotWireNames> NOT_WIRE_NAMES = List.of(
      new NotWireNames("core/src/main/java/io/github/geoclaims/validation/internal/ResolvedReferencesValidator.java",
          Set.of("actor", "source", "communication"),
          "nouns of a message (\"does not name any actor in this document\")"),
      new NotWireNames("json/src/main/java/io/github/geoclaims/json/internal/schema/SchemaGenerator.java",
          Set.of("title", "description", "minimum", "maximum"), "JSON Schema keywords"),
      new NotWireNames("examples/src/main/java/io/github/geoclaims/examples/fixtures/Catalog.java",
          Set.of("title", "description"), "the keys of the fixture index, index.properties"),
      new NotWireNames("examples/src/main/java/io/github/geoclaims/examples/cli/SummaryReport.java",
          Set.of("actor", "source"), "nouns of the summary's counts (\"6 actors\")"),
      new NotWireNames("spring-boot/src/main/java/io/github/geoclaims/spring/boot/GeoClaimsProblemResolver.java",
          Set.of("title", "status"), "members of an RFC 9457 problem detail"),
      new NotWireNames("benchmarks/src/main/java/io/github/geoclaims/benchmarks/report/Report.java",
          Set.of("claims"), "the name of JMH's secondary metric and a column of the report"));

  /** A parameter's name as the message of {@code requireNonNull}: the Java name, not a wire name. */
  private static final Pattern REQUIRE_NON_NULL = Pattern.compile("requireNonNull\\(\\s*(\\w+)\\s*,\\s*$");

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  /** Literals that do not spell a wire name, by file, and why. */
  record NotWireNames(String file, Set<String> literals, String reason) {}

  /** A string literal of a source file. */
  record Literal(String file, int line, String text) {
    @Override
    public String toString() {
      return file + ":" + line + " spells \"" + text + "\"";
    }
  }

  @Test
  void noHandWrittenMainSourceOutsideTheModelSpellsAWirePropertyName() {
    Set<String> names = propertyNames();
    List<Literal> spelled = new ArrayList<>();
    for (Path file : sourceFiles()) {
      String relative = ROOT.relativize(file).toString();
      for (Literal literal : literals(relative, read(file))) {
        if (spellsWireNames(literal.text(), names) && !isExempt(literal)) {
          spelled.add(literal);
        }
      }
    }
    assertThat(spelled).as("name these properties through PropertyNames or the Metamodel").isEmpty();
  }

  @Test
  void everyLiteralListedAsNotAWireNameIsStillThere() {
    for (NotWireNames exempt : NOT_WIRE_NAMES) {
      Set<String> found = literals(exempt.file(), read(ROOT.resolve(exempt.file()))).stream()
          .map(Literal::text).collect(Collectors.toSet());
      assertThat(found).as("%s (%s)", exempt.file(), exempt.reason()).containsAll(exempt.literals());
    }
  }

  @Test
  void aLiteralSpellsWireNamesWhenItIsAPropertyNameOrAPathOfPropertyNames() {
    Set<String> names = Set.of("claims", "attributions", "id", "to");
    assertThat(Stream.of("id", "claims[", "].attributions[", ".id", "/claims/", "].to", "claims[0].id"))
        .allMatch(text -> spellsWireNames(text, names));
    assertThat(Stream.of("ids", "id '", "claims/s", "json.time", "x-id", "[", "0", "", "identifier"))
        .noneMatch(text -> spellsWireNames(text, names));
  }

  @Test
  void readsStringLiteralsButNotCommentsCharactersOrJsonTextBlocks() {
    String source = "// \"comment\"\n/* \"block\" */ char c = '\"'; String a = \"a\\\"b\";\n"
        + "String json = \"\"\"\n  {\"id\": 1}\n  \"\"\";\nString text = \"\"\"\n  id\n  \"\"\";\n"
        + "Objects.requireNonNull(id, \"id\"); Objects.requireNonNull(value, \"id\");";
    assertThat(literals("F.java", source)).extracting(Literal::text, Literal::line)
        .containsExactly(tuple("a\\\"b", 2),
            tuple("\n  id\n  ", 6),
            tuple("id", 9));
  }

  /** Returns {@code true} if the text is one or more property names joined and framed by path punctuation. */
  static boolean spellsWireNames(String text, Set<String> names) {
    if (!text.matches("[A-Za-z0-9./\\[\\]]*[A-Za-z][A-Za-z0-9./\\[\\]]*")) {
      return false;
    }
    Matcher name = NAME.matcher(text);
    while (name.find()) {
      if (!names.contains(name.group())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isExempt(Literal literal) {
    return NOT_WIRE_NAMES.stream()
        .anyMatch(exempt -> exempt.file().equals(literal.file()) && exempt.literals().contains(literal.text()));
  }

  private static Set<String> propertyNames() {
    Set<String> names = new TreeSet<>();
    Metamodel.types().forEach(type -> type.properties().forEach(property -> names.add(property.name())));
    return names;
  }

  private static List<Path> sourceFiles() {
    List<Path> files = new ArrayList<>();
    for (String root : SOURCE_ROOTS) {
      Path directory = ROOT.resolve(root);
      assertThat(directory).as("a scanned source root").isDirectory();
      try (Stream<Path> walk = Files.walk(directory)) {
        walk.filter(file -> file.toString().endsWith(".java"))
            .filter(file -> !ROOT.relativize(file).getParent().equals(MODEL_PACKAGE))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(files).hasSizeGreaterThan(100);
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the string literals and text blocks of a Java source, as written (escapes are kept), without those in
   * comments, text blocks that hold JSON, and the parameter names given to {@code requireNonNull}.
   */
  static List<Literal> literals(String file, String source) {
    List<Literal> literals = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        i = endOf(source, "\n", i + 2);
      } else if (source.startsWith("/*", i)) {
        i = endOf(source, "*/", i + 2);
      } else if (source.startsWith("\"\"\"", i)) {
        int end = closing(source, "\"\"\"", i + 3);
        String text = source.substring(i + 3, end);
        if (!text.strip().startsWith("{") && !text.strip().startsWith("[")) {
          literals.add(new Literal(file, lineOf(source, i), text));
        }
        i = end + 3;
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        String quote = String.valueOf(source.charAt(i));
        int end = closing(source, quote, i + 1);
        Matcher parameter = REQUIRE_NON_NULL.matcher(source.substring(Math.max(0, i - 80), i));
        String text = source.substring(i + 1, end);
        boolean parameterName = parameter.find() && parameter.group(1).equals(text);
        if (quote.equals("\"") && !parameterName) {
          literals.add(new Literal(file, lineOf(source, i), text));
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static int endOf(String source, String end, int from) {
    int at = source.indexOf(end, from);
    return at < 0 ? source.length() : at + end.length();
  }

  /** Returns the index of the closing quote, skipping escaped characters. */
  private static int closing(String source, String quote, int from) {
    int i = from;
    while (!source.startsWith(quote, i)) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  private static int lineOf(String source, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
