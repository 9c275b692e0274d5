package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueKind;
import io.github.geoclaims.testing.DocumentGenerator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every property of every model type, as the metamodel lists them, is written and read back: a property added to
 * the model is carried by the codec with no change to it, or this test fails.
 */
class MetamodelRoundTripTest {

  private final GeoClaimsJson json = GeoClaimsJson.standard();

  @Test
  void everyPropertyOfEveryTypeSurvivesAWriteAndARead() {
    Set<String> carried = new TreeSet<>();
    DocumentGenerator.seeds(200).forEach(seed -> {
      ClaimDocument document = new DocumentGenerator(seed).validDocument();
      ClaimDocument read = json.read(json.write(document));
      assertThat(read).as("seed %d", seed).isEqualTo(document);
      collectPresent(read, carried);
    });
    Set<String> all = new TreeSet<>();
    Metamodel.types().forEach(type -> type.properties().forEach(property -> all.add(property.toString())));
    assertThat(carried).as("properties present in some document read back").isEqualTo(all);
  }

  /** Adds "Type.property" for every property of {@code model}, and of the objects in it, that holds a value. */
  private static void collectPresent(Object model, Set<String> present) {
    ModelType<?> type = Metamodel.forValue(model).orElseThrow();
    for (Property property : type.properties()) {
      Object value = property.get(model);
      List<?> values = switch (property.cardinality()) {
        case LIST -> (List<?>) value;
        case OPTIONAL -> ((Optional<?>) value).stream().toList();
        case REQUIRED -> List.of(value);
        case DEFAULTED -> value.equals(property.defaultValue().orElseThrow()) ? List.of() : List.of(value);
      };
      if (!values.isEmpty()) {
        present.add(property.toString());
      }
      if (property.kind() == ValueKind.OBJECT) {
        values.forEach(element -> collectPresent(element, present));
      }
    }
  }
}
