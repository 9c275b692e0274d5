package io.github.geoclaims.metamodel.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceOrderTest {

  private static ModelTypeSpec type(String name, String... held) {
    List<PropertySpec> properties = Arrays.stream(held)
        .map(type -> new PropertySpec(type.toLowerCase(), "get" + type, "", "LIST", "OBJECT", "m." + type, null))
        .toList();
    return new ModelTypeSpec(name, "m." + name, "", false, properties);
  }

  @Test
  void listsTheRootThenHeldTypesDepthFirstInPropertyOrder() {
    List<ModelTypeSpec> ordered = ReferenceOrder.of(List.of(type("Claim", "Attribution", "Time"),
        type("Time"), type("Attribution", "Time", "Anchor"), type("Anchor"), type("Document", "Actor", "Claim"),
        type("Actor")));
    assertThat(ordered).extracting(ModelTypeSpec::name)
        .containsExactly("Document", "Actor", "Claim", "Attribution", "Time", "Anchor");
  }

  @Test
  void listsTypesHeldOnlyWithinACycleAfterTheRoots() {
    List<ModelTypeSpec> ordered = ReferenceOrder.of(List.of(type("B", "C"), type("C", "B"), type("A")));
    assertThat(ordered).extracting(ModelTypeSpec::name).containsExactly("A", "B", "C");
  }
}
