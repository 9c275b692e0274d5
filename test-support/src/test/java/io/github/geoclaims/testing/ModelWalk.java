package io.github.geoclaims.testing;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Term;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The model as reflection sees it: the model types reachable from {@link ClaimDocument} through their public
 * {@code getX()} and {@code isX()} accessors, and a walk over every value of a document. Nothing here names a
 * property, so a property added to the model is found without a change here.
 */
final class ModelWalk {

  private static final String MODEL_PACKAGE = ClaimDocument.class.getPackageName();

  /** The accessors of each model type, by type, in discovery order; accessors sorted by name. */
  static final Map<Class<?>, List<Method>> ACCESSORS = discover();

  private ModelWalk() {}

  /** A property of a model type: its type and its accessor. */
  record Property(Class<?> owner, Method accessor) {
    @Override
    public String toString() {
      return owner.getSimpleName() + "." + accessor.getName() + "()";
    }
  }

  /** Every property of every model type reachable from {@link ClaimDocument}. */
  static List<Property> properties() {
    List<Property> properties = new ArrayList<>();
    ACCESSORS.forEach((type, accessors) -> accessors.forEach(accessor -> properties.add(new Property(type, accessor))));
    return properties;
  }

  /**
   * Returns whether a property's value counts as present: an optional that holds a value, a non-empty list, set or
   * map, {@code true}; any other value that is not null (a required property) always does.
   */
  static boolean isPresent(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.isPresent();
    }
    if (value instanceof Collection<?> collection) {
      return !collection.isEmpty();
    }
    if (value instanceof Map<?, ?> map) {
      return !map.isEmpty();
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    return value != null;
  }

  /** Calls {@code visitor} with every model object in {@code root} (itself included) and each property's value. */
  static void walk(Object root, PropertyVisitor visitor) {
    List<Method> accessors = ACCESSORS.get(root.getClass());
    if (accessors == null) {
      return;
    }
    for (Method accessor : accessors) {
      Object value = invoke(accessor, root);
      visitor.visit(new Property(root.getClass(), accessor), value);
      forEachElement(value, element -> walk(element, visitor));
    }
  }

  /** What {@link #walk} calls for each property of each model object. */
  @FunctionalInterface
  interface PropertyVisitor {
    /** Visits the value of one property of one model object. */
    void visit(Property property, Object value);
  }

  /** Calls {@code action} with the value itself, the optional's value, the elements, or the map's values. */
  static void forEachElement(Object value, Consumer<Object> action) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(action);
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(action);
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(action);
    } else if (value != null) {
      action.accept(value);
    }
  }

  private static Map<Class<?>, List<Method>> discover() {
    Map<Class<?>, List<Method>> found = new LinkedHashMap<>();
    List<Class<?>> pending = new ArrayList<>(List.of(ClaimDocument.class));
    while (!pending.isEmpty()) {
      Class<?> type = pending.remove(0);
      if (found.containsKey(type)) {
        continue;
      }
      List<Method> accessors = new ArrayList<>();
      for (Method method : type.getMethods()) {
        if (isAccessor(method)) {
          accessors.add(method);
          Class<?> element = elementType(method.getGenericReturnType());
          if (isModelType(element)) {
            pending.add(element);
          }
        }
      }
      accessors.sort(Comparator.comparing(Method::getName));
      found.put(type, List.copyOf(accessors));
    }
    return found;
  }

  private static boolean isAccessor(Method method) {
    return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
        && method.getName().matches("(get|is)[A-Z].*") && !method.getName().equals("getClass");
  }

  /** Returns whether values of the class are model objects with properties of their own (not terms, not enums). */
  static boolean isModelType(Class<?> type) {
    return type != null && type.getPackageName().equals(MODEL_PACKAGE) && !Term.class.isAssignableFrom(type)
        && !type.isEnum();
  }

  /** Returns the element type of an optional, list or set, the value type of a map, or the class itself. */
  static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      return elementType(arguments[arguments.length - 1]);
    }
    return type instanceof Class<?> plain ? plain : null;
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot call " + accessor, e);
    }
  }
}
