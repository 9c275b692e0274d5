package io.github.geoclaims.model.meta;

import io.github.geoclaims.model.Extensible;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One model type, such as {@code Actor}: its properties in accessor declaration order, its class-level constraints,
 * and the means to build an object of it property by property.
 *
 * <pre>{@code
 * ModelType<Actor> actors = Metamodel.of(Actor.class);
 * Object builder = actors.newBuilder();
 * actors.property("id").orElseThrow().set(builder, "north-korea");
 * Property kind = actors.property("kind").orElseThrow();
 * kind.set(builder, kind.term("state"));
 * actors.property("name").orElseThrow().set(builder, "North Korea");
 * actors.property("aliases").orElseThrow().add(builder, "DPRK");
 * Actor northKorea = actors.build(builder);
 * }</pre>
 *
 * @param <T> the model type's class
 */
public final class ModelType<T> {

  private final Class<T> javaType;
  private final String name;
  private final String description;
  private final Supplier<Object> builders;
  private final Function<Object, T> build;
  private final ExtensionSetter extensions;
  private final CheckFactory checks;
  private final List<Property> properties;
  private final Map<String, Property> byName = new HashMap<>();
  private final List<Annotation> constraints;
  private final List<Annotation> extensionNameConstraints;
  private final List<Annotation> extensionValueConstraints;

  /**
   * Creates a model type; {@code ModelTables} calls this with bindings generated from the model. The class-level
   * constraints are read here, once, from the abstract type ({@code javaType}'s superclass).
   *
   * @param extensions the builder's {@code putExtension}, or {@code null} if the type is not extensible
   * @param checks the factory of checks of objects of the type, generated with a call site per property
   */
  ModelType(Class<T> javaType, String name, String description, Supplier<Object> builders,
      Function<Object, T> build, ExtensionSetter extensions, CheckFactory checks, List<Property> properties) {
    this.javaType = javaType;
    this.name = name;
    this.description = description;
    this.builders = builders;
    this.build = build;
    this.extensions = extensions;
    this.checks = checks;
    this.properties = List.copyOf(properties);
    properties.forEach(property -> byName.put(property.name(), property));
    this.constraints = Property.constraintsAmong(javaType.getSuperclass().getAnnotations());
    AnnotatedType[] nameAndValue = extensions == null ? null : extensionNameAndValue();
    this.extensionNameConstraints =
        nameAndValue == null ? List.of() : Property.constraintsAmong(nameAndValue[0].getAnnotations());
    this.extensionValueConstraints =
        nameAndValue == null ? List.of() : Property.constraintsAmong(nameAndValue[1].getAnnotations());
  }

  /** Returns the annotated types of the name and the value of {@link Extensible#getExtensions()}'s map. */
  private static AnnotatedType[] extensionNameAndValue() {
    try {
      return ((AnnotatedParameterizedType) Extensible.class.getMethod("getExtensions").getAnnotatedReturnType())
          .getAnnotatedActualTypeArguments();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Extensible declares no getExtensions()", e);
    }
  }

  /** Returns the public, immutable class of the type, such as {@code Actor.class}. */
  public Class<T> javaType() {
    return javaType;
  }

  /** Returns the type's name, such as {@code Actor}. */
  public String name() {
    return name;
  }

  /** Returns the first sentence of the type's Javadoc, as plain text. */
  public String description() {
    return description;
  }

  /** Returns the properties, in the order the abstract type declares their accessors. */
  public List<Property> properties() {
    return properties;
  }

  /**
   * Returns the property with the given JSON name.
   *
   * @param jsonName the name, such as {@code countryCode}
   * @return the property, or empty if the type has none of that name
   */
  public Optional<Property> property(String jsonName) {
    return Optional.ofNullable(byName.get(jsonName));
  }

  /**
   * Returns {@code true} if objects of the type carry extension properties
   * ({@link io.github.geoclaims.model.Extensible}); these are not among the {@link #properties()}.
   */
  public boolean isExtensible() {
    return extensions != null;
  }

  /**
   * Returns the constraints on each extension name of an extensible type, such as {@code @ExtensionName} (read from
   * {@link Extensible#getExtensions()}); empty for a type that is not extensible.
   */
  public List<Annotation> extensionNameConstraints() {
    return extensionNameConstraints;
  }

  /** Returns the constraints on each extension value of an extensible type; empty for a type that is not extensible. */
  public List<Annotation> extensionValueConstraints() {
    return extensionValueConstraints;
  }

  /**
   * Returns the extension properties of an object of the type.
   *
   * @param model an object of the type
   * @return its extensions by name, in insertion order; empty if the type is not {@link #isExtensible() extensible}
   */
  public Map<String, String> extensions(Object model) {
    return model instanceof Extensible extensible ? extensible.getExtensions() : Map.of();
  }

  /**
   * Puts one extension property into a builder of the type.
   *
   * @param builder a builder from {@link #newBuilder()}
   * @param name the extension's name, such as {@code x-collector-batch}
   * @param value its value, one JSON value as compact JSON text
   * @throws IllegalStateException if the type is not {@link #isExtensible() extensible}
   */
  public void putExtension(Object builder, String name, String value) {
    if (extensions == null) {
      throw new IllegalStateException(this.name + " carries no extension properties");
    }
    extensions.put(builder, name, value);
  }

  /**
   * Returns the class-level constraints of the type, such as {@code @ConsistentGroup} on {@code Actor}: the
   * annotations of the abstract type that are Jakarta constraints, in declaration order.
   */
  public List<Annotation> constraints() {
    return constraints;
  }

  /**
   * Returns a new, empty builder of the type ({@code Actor.builder()}), for the properties'
   * {@link Property#set(Object, Object) set} and {@link Property#add(Object, Object) add}.
   */
  public Object newBuilder() {
    return builders.get();
  }

  /**
   * Builds an object from a builder of the type.
   *
   * @param builder a builder from {@link #newBuilder()}
   * @return the object
   * @throws IllegalStateException if a required property was not set (the builder's message names it)
   * @throws ClassCastException if {@code builder} is not a builder of this type
   */
  public T build(Object builder) {
    return build.apply(builder);
  }

  /**
   * Returns a check of objects of the type made of checks of their values: it tests, property by property in
   * declaration order, each value of {@code properties().get(i)} with {@code checks[i]} (its single value, the
   * present value of an optional, each element of a list in order), then the object itself with
   * {@code objectCheck}; a {@code null} check is skipped, and the first test that fails ends the check.
   *
   * <pre>{@code
   * ValueCheck[] checks = new ValueCheck[actors.properties().size()];
   * checks[0] = (id, context) -> !((String) id).isBlank();
   * boolean passes = actors.checkOf(checks, null).test(northKorea, null);
   * }</pre>
   *
   * <p>The check is generated code of a class of its own per model type, with a call site of its own for each
   * property, which reads values without reflection and without making an {@code Optional} or an iterator: when
   * each property is always tested by the same kind of check (and a nested object by the check of its type), the
   * JIT can inline the checks, which a loop over the properties calling checks through one call site would prevent.
   * Validation plans its fast pass on it. The array is used as it is when the check runs, not copied, so that the
   * checks of types that hold each other can be made first and their arrays filled in afterwards.
   *
   * @param checks one check per property, by the property's index
   * @param objectCheck the check of the object itself, or {@code null}
   * @return the check; it throws {@code ClassCastException} for an object of another type
   * @throws IllegalArgumentException if there are not as many checks as properties
   */
  public ValueCheck checkOf(ValueCheck[] checks, ValueCheck objectCheck) {
    if (checks.length != properties.size()) {
      throw new IllegalArgumentException(name + " has " + properties.size() + " properties, not " + checks.length);
    }
    return this.checks.of(checks, objectCheck);
  }

  /** Returns the type's name. */
  @Override
  public String toString() {
    return name;
  }

  /** The factory of checks of objects of one type, generated in {@code ModelTables}. */
  @FunctionalInterface
  interface CheckFactory {
    /** Returns the check of objects made of one check per property and one of the object itself. */
    ValueCheck of(ValueCheck[] checks, ValueCheck objectCheck);
  }

  /** The builder's {@code putExtension(name, value)}, bound by {@code ModelTables}. */
  @FunctionalInterface
  interface ExtensionSetter {
    /** Puts an extension property into the builder. */
    void put(Object builder, String name, String value);
  }
}
