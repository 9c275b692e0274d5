package io.github.geoclaims.model.meta;

import io.github.geoclaims.model.Term;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One property of a {@link ModelType}: an accessor of the model, with its JSON name, what it holds, its constraints,
 * and the means to read it from a model object and to write it into a builder, without reflection.
 *
 * <pre>{@code
 * Property countryCode = Metamodel.of(Actor.class).property("countryCode").orElseThrow();
 * countryCode.accessor();                          // "getCountryCode"
 * countryCode.cardinality();                       // OPTIONAL
 * countryCode.get(northKorea);                     // Optional[KP]
 * Object builder = Metamodel.of(Actor.class).newBuilder();
 * countryCode.set(builder, "KP");
 * }</pre>
 *
 * <p>Values are raw: {@link #get(Object)} returns what the accessor returns ({@code Optional}, {@code List}, a
 * boxed primitive); {@link #set(Object, Object)} takes one value (the present value of an optional, every element
 * of a list as an {@code Iterable}); {@link #add(Object, Object)} adds one element of a list.
 */
public final class Property {

  private final Class<?> owner;
  private final String name;
  private final String accessor;
  private final Cardinality cardinality;
  private final ValueKind kind;
  private final Class<?> valueType;
  private final String description;
  private final Function<Object, Object> getter;
  private final BiConsumer<Object, Object> setter;
  private final BiConsumer<Object, Object> adder;
  private final Function<String, Term> terms;
  private final Supplier<Object> defaultValue;
  private final List<Annotation> valueConstraints;
  private final List<Annotation> containerConstraints;
  private final boolean cascaded;

  /**
   * Creates a property; {@code ModelTables} calls this with bindings generated from the model. The constraints are
   * read here, once, from the accessor of the abstract type ({@code owner}'s superclass).
   */
  Property(Class<?> owner, String name, String accessor, Cardinality cardinality, ValueKind kind, Class<?> valueType,
      String description, Function<Object, Object> getter, BiConsumer<Object, Object> setter,
      BiConsumer<Object, Object> adder, Function<String, Term> terms, Supplier<Object> defaultValue) {
    this.owner = owner;
    this.name = name;
    this.accessor = accessor;
    this.cardinality = cardinality;
    this.kind = kind;
    this.valueType = valueType;
    this.description = description;
    this.getter = getter;
    this.setter = setter;
    this.adder = adder;
    this.terms = terms;
    this.defaultValue = defaultValue;
    Method method = declaredAccessor(owner, accessor);
    boolean container = cardinality == Cardinality.LIST || cardinality == Cardinality.OPTIONAL;
    List<Annotation> onMethod = constraintsAmong(method.getAnnotations());
    List<Annotation> onElement = container ? constraintsAmong(elementType(method).getAnnotations()) : List.of();
    this.valueConstraints = container ? onElement : onMethod;
    this.containerConstraints = container ? onMethod : List.of();
    this.cascaded = method.isAnnotationPresent(Valid.class)
        || container && elementType(method).isAnnotationPresent(Valid.class);
  }

  private static Method declaredAccessor(Class<?> owner, String accessor) {
    try {
      return owner.getSuperclass().getDeclaredMethod(accessor);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("The metamodel is out of date: " + owner.getSuperclass().getName()
          + " declares no " + accessor + "()", e);
    }
  }

  private static AnnotatedType elementType(Method method) {
    return ((AnnotatedParameterizedType) method.getAnnotatedReturnType()).getAnnotatedActualTypeArguments()[0];
  }

  /** Returns the annotations that are Jakarta constraints (meta-annotated {@link Constraint}), in order. */
  static List<Annotation> constraintsAmong(Annotation[] annotations) {
    List<Annotation> constraints = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
        constraints.add(annotation);
      }
    }
    return List.copyOf(constraints);
  }

  /** Returns the JSON name, such as {@code countryCode}: the accessor's name without {@code get}/{@code is}. */
  public String name() {
    return name;
  }

  /** Returns the name of the accessor, such as {@code getCountryCode}. */
  public String accessor() {
    return accessor;
  }

  /** Returns the first sentence of the accessor's Javadoc, as plain text; {@code ""} when it has none. */
  public String description() {
    return description;
  }

  /** Returns how many values the property holds. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** Returns what kind of value the property holds (each element, for a list). */
  public ValueKind kind() {
    return kind;
  }

  /**
   * Returns the class of the value (of each element, for a list; of the present value, for an optional), boxed:
   * {@code String.class}, {@code ActorKind.class}, {@code Integer.class}, {@code Role.class}.
   */
  public Class<?> valueType() {
    return valueType;
  }

  /** Returns the model type of the value, for a property of kind {@link ValueKind#OBJECT}; otherwise empty. */
  public Optional<ModelType<?>> objectType() {
    return kind == ValueKind.OBJECT ? Optional.of(Metamodel.of(valueType)) : Optional.empty();
  }

  /**
   * Returns the term of the property's vocabulary with the given token, as {@code ActorKind.of(value)} does.
   *
   * @param value the token, such as {@code state}
   * @return the term: a standard value, or an extension or unknown value that validation judges
   * @throws IllegalStateException if the property's kind is not {@link ValueKind#TERM}
   */
  public Term term(String value) {
    if (terms == null) {
      throw new IllegalStateException(this + " holds no vocabulary value");
    }
    return terms.apply(value);
  }

  /**
   * Returns the value a builder gives a {@link Cardinality#DEFAULTED} property it was not given.
   *
   * @return the default, boxed; empty for any other cardinality
   */
  public Optional<Object> defaultValue() {
    return defaultValue == null ? Optional.empty() : Optional.of(defaultValue.get());
  }

  /**
   * Returns every constraint of the property: its {@link #valueConstraints()}, then its
   * {@link #containerConstraints()}.
   */
  public List<Annotation> constraints() {
    if (containerConstraints.isEmpty()) {
      return valueConstraints;
    }
    List<Annotation> all = new ArrayList<>(valueConstraints);
    all.addAll(containerConstraints);
    return List.copyOf(all);
  }

  /**
   * Returns the constraints on each value: for a list or an optional, the constraint annotations on its element type
   * ({@code List<@Identifier String>}); otherwise those on the accessor ({@code @NotBlank String getName()}).
   * Constraint annotations are those meta-annotated {@link Constraint}.
   */
  public List<Annotation> valueConstraints() {
    return valueConstraints;
  }

  /**
   * Returns the constraints on a list or an optional as a whole: those on the accessor, such as {@code @Attributed}
   * on {@code List<Attribution> getAttributions()}; empty for any other cardinality.
   */
  public List<Annotation> containerConstraints() {
    return containerConstraints;
  }

  /**
   * Returns {@code true} if validation cascades into the value ({@code @Valid}, on the accessor or on the element
   * type of a list or an optional): a property of kind {@link ValueKind#OBJECT} whose objects are validated too.
   */
  public boolean isCascaded() {
    return cascaded;
  }

  /**
   * Returns the property's value in a model object, as the accessor returns it.
   *
   * @param model an object of the property's model type
   * @return the value: an {@code Optional}, a {@code List} or a single value, primitives boxed
   * @throws ClassCastException if {@code model} is not of the property's model type
   */
  public Object get(Object model) {
    return getter.apply(model);
  }

  /**
   * Sets the property in a builder of its model type.
   *
   * @param builder a builder from {@link ModelType#newBuilder()}
   * @param value the value; for an optional, its present value; for a list, an {@code Iterable} of every element,
   *     which replace those added before
   * @throws ClassCastException if the builder or the value is of the wrong type
   * @throws NullPointerException if the value (or an element) is {@code null}
   */
  public void set(Object builder, Object value) {
    setter.accept(builder, value);
  }

  /**
   * Adds one element to a list property in a builder of its model type.
   *
   * @param builder a builder from {@link ModelType#newBuilder()}
   * @param element the element
   * @throws IllegalStateException if the property's cardinality is not {@link Cardinality#LIST}
   * @throws ClassCastException if the builder or the element is of the wrong type
   * @throws NullPointerException if the element is {@code null}
   */
  public void add(Object builder, Object element) {
    if (adder == null) {
      throw new IllegalStateException(this + " is not a list");
    }
    adder.accept(builder, element);
  }

  /** Returns the model type's name and the property's name, such as {@code Actor.countryCode}. */
  @Override
  public String toString() {
    return owner.getSimpleName() + "." + name;
  }
}
