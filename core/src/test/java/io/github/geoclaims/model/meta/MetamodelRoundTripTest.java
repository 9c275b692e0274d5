package io.github.geoclaims.model.meta;

import static io.github.geoclaims.testing.DocumentGenerator.forSeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.testing.DocumentGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every model object can be taken apart and rebuilt through the metamodel alone: what a reader and a writer driven
 * by the metamodel rely on. Objects are collected from generated documents by following the OBJECT properties, so
 * the walk itself is the metamodel's.
 */
class MetamodelRoundTripTest {

  /** How a list property is written into the builder. */
  enum ListWrite { ELEMENT_BY_ELEMENT, ALL_AT_ONCE }

  static LongStream seeds() {
    return DocumentGenerator.seeds(100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rebuildsEveryObjectOfAGeneratedDocumentFromItsPropertyValues(long seed) {
    forSeed(seed, generator -> {
      for (Object model : objectsIn(generator.arbitraryDocument())) {
        assertThat(rebuilt(model, ListWrite.ELEMENT_BY_ELEMENT)).isEqualTo(model);
        assertThat(rebuilt(model, ListWrite.ALL_AT_ONCE)).isEqualTo(model);
      }
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void objectsOfEveryModelTypeTakePartInTheRoundTrip(int seed) {
    List<Object> objects = objectsIn(SampleDocuments.rich());
    forSeed(seed, generator -> objects.addAll(objectsIn(generator.validDocument())));
    Set<ModelType<?>> seen = new HashSet<>();
    objects.forEach(model -> seen.add(Metamodel.forValue(model).orElseThrow()));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(Metamodel.types());
    for (Object model : objects) {
      assertThat(rebuilt(model, ListWrite.ELEMENT_BY_ELEMENT)).isEqualTo(model);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void testsEveryValueOfEveryPropertyInOrderThenTheObject(long seed) {
    forSeed(seed, generator -> {
      for (Object model : objectsIn(generator.arbitraryDocument())) {
        ModelType<?> type = Metamodel.forValue(model).orElseThrow();
        List<Property> properties = type.properties();
        List<Object> expected = new ArrayList<>();
        for (Property property : properties) {
          Object value = property.get(model);
          if (value instanceof List<?> list) {
            list.forEach(element -> expected.add(property.name() + "=" + element));
          } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> expected.add(property.name() + "=" + present));
          } else {
            expected.add(property.name() + "=" + value);
          }
        }
        expected.add(model);
        List<Object> met = new ArrayList<>();
        ValueCheck[] checks = new ValueCheck[properties.size()];
        for (int i = 0; i < checks.length; i++) {
          String name = properties.get(i).name();
          checks[i] = (value, context) -> met.add(name + "=" + value) && Long.valueOf(seed).equals(context);
        }
        assertThat(type.checkOf(checks, (value, context) -> met.add(value)).test(model, seed)).isTrue();
        assertThat(met).isEqualTo(expected);
      }
    });
  }

  /** Builds a new object of the model's type from the model's property values, through the metamodel only. */
  private static Object rebuilt(Object model, ListWrite lists) {
    ModelType<?> type = Metamodel.forValue(model).orElseThrow();
    Object builder = type.newBuilder();
    for (Property property : type.properties()) {
      Object value = property.get(model);
      switch (property.cardinality()) {
        case REQUIRED, DEFAULTED -> property.set(builder, value);
        case OPTIONAL -> ((Optional<?>) value).ifPresent(present -> property.set(builder, present));
        case LIST -> {
          if (lists == ListWrite.ALL_AT_ONCE) {
            property.set(builder, value);
          } else {
            ((List<?>) value).forEach(element -> property.add(builder, element));
          }
        }
        default -> throw new AssertionError(property.cardinality());
      }
    }
    type.extensions(model).forEach((name, json) -> type.putExtension(builder, name, json));
    return type.build(builder);
  }

  /** Returns the model object and every model object it holds, found through the OBJECT properties. */
  private static List<Object> objectsIn(Object model) {
    List<Object> objects = new ArrayList<>();
    collect(model, objects);
    return objects;
  }

  private static void collect(Object model, List<Object> objects) {
    objects.add(model);
    for (Property property : Metamodel.forValue(model).orElseThrow().properties()) {
      if (property.kind() != ValueKind.OBJECT) {
        continue;
      }
      Object value = property.get(model);
      if (value instanceof List<?> list) {
        list.forEach(element -> collect(element, objects));
      } else if (value instanceof Optional<?> optional) {
        optional.ifPresent(present -> collect(present, objects));
      } else {
        collect(value, objects);
      }
    }
  }
}
