package io.github.geoclaims.model.meta;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The description of the model, derived from it at compile time: every model type with its properties, so that
 * readers, writers, schemas, documentation and validation plans are written once, from one table, instead of once
 * per property.
 *
 * <pre>{@code
 * for (ModelType<?> type : Metamodel.types()) {
 *   for (Property property : type.properties()) {
 *     System.out.println(type.name() + "." + property.name() + ": " + property.kind());
 *   }
 * }
 * ModelType<Actor> actors = Metamodel.of(Actor.class);
 * Optional<ModelType<?>> type = Metamodel.forValue(northKorea);   // Actor
 * }</pre>
 *
 * <p>The tables come from an annotation processor ({@code geoclaims-metamodel-processor}) that reads the model's
 * abstract types ({@code AbstractActor}, ...) when they are compiled: a new accessor is a new property, with
 * nothing to add by hand. Constraints are read by reflection once, when this class is initialised; getting and
 * setting values goes through generated lambdas, never reflection.
 */
public final class Metamodel {

  private static final List<ModelType<?>> TYPES = ModelTables.types();
  private static final Map<Class<?>, ModelType<?>> BY_CLASS = byClass();
  private static final Set<String> PROPERTY_NAMES = propertyNamesOf(TYPES);

  private Metamodel() {}

  private static Map<Class<?>, ModelType<?>> byClass() {
    Map<Class<?>, ModelType<?>> byClass = new IdentityHashMap<>();
    TYPES.forEach(type -> byClass.put(type.javaType(), type));
    return byClass;
  }

  /**
   * Returns every model type, {@code ClaimDocument} first, then each type where a document first refers to it,
   * depth first in property order: {@code ClaimDocument, Actor, Role, Source, Citation, TextAnchor, Claim,
   * Participant, TimeSpec, Quantity, Attribution, VerificationAssessment, Evidence, AdmiraltyRating,
   * ClaimRelation}. The order is stable from one build to the next as long as the model does not change.
   */
  public static List<ModelType<?>> types() {
    return TYPES;
  }

  /**
   * Returns the JSON names of the properties of every model type, each once, in the order of {@link #types()} and
   * of their properties: every name a document has but {@code schemaVersion} and its extension properties.
   *
   * <pre>{@code
   * Metamodel.propertyNames().contains("claimant");   // true
   * }</pre>
   *
   * @return the names, unmodifiable
   */
  public static Set<String> propertyNames() {
    return PROPERTY_NAMES;
  }

  private static Set<String> propertyNamesOf(List<ModelType<?>> types) {
    Set<String> names = new LinkedHashSet<>();
    types.forEach(type -> type.properties().forEach(property -> names.add(property.name())));
    return Collections.unmodifiableSet(names);
  }

  /**
   * Returns the model type of a class.
   *
   * @param type a model class, such as {@code Actor.class}
   * @param <T> the class
   * @return its model type
   * @throws IllegalArgumentException if the class is not a model type (an abstract type or a builder is not)
   */
  @SuppressWarnings("unchecked")
  public static <T> ModelType<T> of(Class<T> type) {
    ModelType<?> modelType = BY_CLASS.get(type);
    if (modelType == null) {
      throw new IllegalArgumentException("Not a geoclaims model type: " + type.getName());
    }
    return (ModelType<T>) modelType;
  }

  /**
   * Returns the model type of an object.
   *
   * @param value any object, or {@code null}
   * @return its model type, or empty if it is not a model object
   */
  public static Optional<ModelType<?>> forValue(Object value) {
    return value == null ? Optional.empty() : Optional.ofNullable(BY_CLASS.get(value.getClass()));
  }
}
