package io.github.geoclaims.json.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The prose documentation lists every property of every model type, as the metamodel has them: the field lines of
 * {@code docs/wire-format.md} section 6 (names in accessor order, required ones in bold, lists with {@code []},
 * {@code x-*} on the extensible types) and the class diagram of the README (every property in its class's box or on
 * an arrow from it). A property added to the model without its documentation fails here.
 */
class ModelDocumentationTest {

  private static final Path ROOT = Path.of(System.getProperty("geoclaims.root", ".."));

  /** A property in a field line: optional bold, a backquoted name, optional {@code []}. */
  private static final Pattern FIELD = Pattern.compile("(\\*\\*)?`([A-Za-z]+|x-\\*)(\\[])?`(\\*\\*)?");

  @Test
  void theWireFormatListsEveryPropertyOfEveryTypeInOrder() throws IOException {
    String wireFormat = read("docs/wire-format.md");
    for (ModelType<?> type : Metamodel.types()) {
      Matcher heading = Pattern.compile("(?m)^### " + type.name() + "\\b.*\\n\\n(.*)$").matcher(wireFormat);
      assertThat(heading.find()).as("docs/wire-format.md has a section '### %s'", type.name()).isTrue();
      assertThat(fields(heading.group(1))).as("the field line of %s in docs/wire-format.md", type.name())
          .containsExactlyElementsOf(expectedFields(type));
    }
  }

  @Test
  void theReadmeDiagramShowsEveryPropertyOfEveryType() throws IOException {
    String readme = read("README.md");
    for (ModelType<?> type : Metamodel.types()) {
      Matcher box = Pattern.compile("(?m)^  class " + type.name() + " \\{ (.*) }$").matcher(readme);
      assertThat(box.find()).as("the README diagram has a box for %s", type.name()).isTrue();
      Set<String> shown = new LinkedHashSet<>(List.of(box.group(1).split("; ")));
      Matcher arrow = Pattern.compile("(?m)^  " + type.name() + " (?:\\*--|\\.\\.>) \\w+ : (.*)$").matcher(readme);
      while (arrow.find()) {
        shown.addAll(List.of(arrow.group(1).split(", ")));
      }
      Set<String> properties = new LinkedHashSet<>();
      type.properties().forEach(property -> properties.add(property.name()));
      assertThat(shown).as("the properties of %s shown in the README diagram", type.name())
          .containsExactlyInAnyOrderElementsOf(properties);
    }
  }

  /** What the field line should list: the envelope first for the document, then every property, then x-*. */
  private static List<String> expectedFields(ModelType<?> type) {
    List<String> fields = new ArrayList<>();
    if (type.javaType() == Metamodel.types().get(0).javaType()) {
      fields.add("schemaVersion");
    }
    for (Property property : type.properties()) {
      String name = property.cardinality() == Cardinality.LIST ? property.name() + "[]" : property.name();
      fields.add(property.cardinality() == Cardinality.REQUIRED ? "**" + name + "**" : name);
    }
    if (type.isExtensible()) {
      fields.add("x-*");
    }
    return fields;
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    // Parenthesised remarks ("(string `A`–`F`)") are not fields.
    Matcher field = FIELD.matcher(line.replaceAll("\\([^)]*\\)", ""));
    while (field.find()) {
      String name = field.group(2) + (field.group(3) != null ? "[]" : "");
      fields.add(field.group(1) != null && field.group(4) != null ? "**" + name + "**" : name);
    }
    return fields;
  }

  private static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
  }

  /** Keeps the kinds in view: a new kind of value needs a word in the wire format's general rules. */
  @Test
  void everyKindOfValueHasAGeneralRule() throws IOException {
    String wireFormat = read("docs/wire-format.md");
    for (ValueKind kind : ValueKind.values()) {
      String rule = switch (kind) {
        case STRING -> "| Strings |";
        case TERM -> "| Vocabularies |";
        case TIME_POINT -> "| `TimePoint` |";
        case DECIMAL -> "| `BigDecimal` (quantities) |";
        case INTEGER -> "| Integers (";
        case DOUBLE -> "| `confidence` |";
        case BOOLEAN -> "| Boolean defaults |";
        case OBJECT -> "| Top level |";
      };
      assertThat(wireFormat).as("docs/wire-format.md has a general rule for %s", kind).contains(rule);
    }
  }
}
