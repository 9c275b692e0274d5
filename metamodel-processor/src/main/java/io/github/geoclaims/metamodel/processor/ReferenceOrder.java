package io.github.geoclaims.metamodel.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which the metamodel lists the model types: the roots (the types no other type holds, such as
 * {@code ClaimDocument}) by name, each followed depth first by the types it holds, in order of first reference
 * (property declaration order). {@code ClaimDocument, Actor, Role, Source, Citation, TextAnchor, Claim, ...}: the
 * order in which a document's parts are first met when it is read from the top.
 */
final class ReferenceOrder {

  private ReferenceOrder() {}

  /**
   * Returns the model types in reference order.
   *
   * @param modelTypes the model types, in any order
   * @return the same types, ordered
   */
  static List<ModelTypeSpec> of(List<ModelTypeSpec> modelTypes) {
    Map<String, ModelTypeSpec> byName = new LinkedHashMap<>();
    modelTypes.stream().sorted(Comparator.comparing(ModelTypeSpec::qualifiedName))
        .forEach(type -> byName.put(type.qualifiedName(), type));
    Set<String> held = new HashSet<>();
    for (ModelTypeSpec type : modelTypes) {
      for (PropertySpec property : type.properties()) {
        if (!property.valueType().equals(type.qualifiedName())) {
          held.add(property.valueType());
        }
      }
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (String name : byName.keySet()) {
      if (!held.contains(name)) {
        visit(name, byName, ordered);
      }
    }
    byName.keySet().forEach(name -> visit(name, byName, ordered));   // types held only within a cycle
    List<ModelTypeSpec> result = new ArrayList<>();
    ordered.forEach(name -> result.add(byName.get(name)));
    return result;
  }

  private static void visit(String name, Map<String, ModelTypeSpec> byName, Set<String> ordered) {
    if (!byName.containsKey(name) || !ordered.add(name)) {
      return;
    }
    for (PropertySpec property : byName.get(name).properties()) {
      visit(property.valueType(), byName, ordered);
    }
  }
}
