package io.github.geoclaims.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.json.internal.schema.SchemaGenerator;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema is generated from the metamodel, shipped in the jar, and held to the checked-in copy
 * {@code docs/geoclaims-1.schema.json}, so that a change of the wire format shows in review. After an intended
 * change, regenerate the copy with {@code mvn -pl json test -Dtest=SchemaGoldenTest -Dgeoclaims.schema.update=true}.
 */
class SchemaGoldenTest {

  private static final Path GOLDEN = Path.of(System.getProperty("geoclaims.schema.golden",
      "../docs/geoclaims-1.schema.json"));

  @Test
  void theGeneratedSchemaIsTheCheckedInCopyByteForByte() throws IOException {
    String generated = SchemaGenerator.generate();
    if (Boolean.getBoolean("geoclaims.schema.update")) {
      Files.writeString(GOLDEN, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated)
        .as("docs/geoclaims-1.schema.json is out of date; if the change is intended, regenerate it"
            + " (see SchemaGoldenTest) and commit it with the change")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void theJarShipsTheGeneratedSchema() {
    assertThat(GeoClaimsSchema.text()).isEqualTo(SchemaGenerator.generate());
  }

  @Test
  void everyModelTypeAndEveryPropertyIsInTheSchema() {
    String schema = SchemaGenerator.generate();
    for (ModelType<?> type : Metamodel.types()) {
      assertThat(schema).as(type.name()).contains("\"" + type.name() + "\": {");
      for (Property property : type.properties()) {
        assertThat(schema).as(property.toString()).contains("\"" + property.name() + "\": {");
      }
    }
  }

  @Test
  void theConstraintsLeftToTheReaderAreTheKnownOnes() {
    Set<String> leftToReader = new TreeSet<>();
    for (ModelType<?> type : Metamodel.types()) {
      for (Property property : type.properties()) {
        for (Annotation constraint : property.constraints()) {
          if (!SchemaGenerator.statedConstraints().contains(constraint.annotationType())) {
            leftToReader.add(constraint.annotationType().getSimpleName());
          }
        }
      }
    }
    // KnownTerm: the vocabulary's own definition states it; ExtensionName is a type's patternProperties.
    assertThat(leftToReader).isSubsetOf("KnownTerm", "ExtensionName");
  }
}
