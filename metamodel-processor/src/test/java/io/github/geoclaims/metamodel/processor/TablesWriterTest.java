package io.github.geoclaims.metamodel.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TablesWriterTest {

  private static final TablesWriter WRITER = new TablesWriter("io.example.meta", "ModelTables", "Test");

  @Test
  void writesStringLiteralsWithEscapes() {
    assertThat(TablesWriter.literal("a \"quote\" \\ é\n")).isEqualTo("\"a \\\"quote\\\" \\\\ \\u00e9\\n\"");
  }

  @Test
  void bindsListPropertiesToTheAdderNamedAfterTheAttributeItself() {
    String source = WRITER.write(List.of(new ModelTypeSpec("Actor", "io.example.Actor", "An actor.", false,
        List.of(new PropertySpec("aliases", "getAliases", "Returns the aliases.", "LIST", "STRING",
            "java.lang.String", null)))));
    assertThat(source)
        .contains("(builder, value) -> ((Actor.Builder) builder).aliases((Iterable<String>) value)")
        .contains("(builder, element) -> ((Actor.Builder) builder).addAliases((String) element)")
        .contains("import io.example.Actor;")
        .doesNotContain("import java.lang.String;");
  }

  @Test
  void writesQualifiedNamesWhereSimpleNamesClash() {
    String source = WRITER.write(List.of(new ModelTypeSpec("Property", "io.example.Property", "", true,
        List.of(new PropertySpec("at", "getAt", "", "REQUIRED", "OBJECT", "io.other.Property", null)))));
    assertThat(source).contains("new ModelType<>(io.example.Property.class")
        .contains("io.other.Property.class")
        .contains("putExtension(name, value)")
        .doesNotContain("import io.example.Property;");
  }

  @Test
  void writesTheDefaultOfADefaultedProperty() {
    String source = WRITER.write(List.of(new ModelTypeSpec("Role", "io.example.Role", "", false,
        List.of(new PropertySpec("former", "isFormer", "", "DEFAULTED", "BOOLEAN", "java.lang.Boolean", "false")))));
    assertThat(source).contains("() -> false)");
  }
}
