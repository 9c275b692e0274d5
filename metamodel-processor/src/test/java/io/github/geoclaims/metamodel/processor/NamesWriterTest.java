package io.github.geoclaims.metamodel.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesWriterTest {

  @Test
  void namesEachConstantAfterTheJsonNameInUpperCaseWithUnderscoresBetweenWords() {
    assertThat(NamesWriter.constantName("id")).isEqualTo("ID");
    assertThat(NamesWriter.constantName("countryCode")).isEqualTo("COUNTRY_CODE");
    assertThat(NamesWriter.constantName("exclusiveMinimum")).isEqualTo("EXCLUSIVE_MINIMUM");
  }

  @Test
  void writesOnePublicConstantPerPropertyInANestedClassPerModelType() {
    String source = NamesWriter.write("io.example.meta", "PropertyNames", "Test", List.of(
        new ModelTypeSpec("Actor", "io.example.Actor", "An actor.", false, List.of(
            new PropertySpec("id", "getId", "", "REQUIRED", "STRING", "java.lang.String", null),
            new PropertySpec("countryCode", "getCountryCode", "", "OPTIONAL", "STRING", "java.lang.String", null))),
        new ModelTypeSpec("Role", "io.example.Role", "", false, List.of(
            new PropertySpec("former", "isFormer", "", "DEFAULTED", "BOOLEAN", "java.lang.Boolean", "false")))));

    assertThat(source)
        .startsWith("package io.example.meta;\n")
        .contains("public final class PropertyNames {")
        .contains("  public static final class Actor {")
        .contains("    public static final String ID = \"id\";")
        .contains("    /** The JSON name of {@code Actor.countryCode}. */\n"
            + "    public static final String COUNTRY_CODE = \"countryCode\";")
        .contains("  public static final class Role {")
        .contains("    public static final String FORMER = \"former\";")
        .doesNotContain("import ");
  }
}
