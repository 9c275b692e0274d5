package io.github.geoclaims.fuzzing;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Extensible;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TimePoint;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reflection over the Immutables model: an object's attributes are the names of its {@code withX} methods, read
 * through {@code getX}/{@code isX}. Generic, so that new properties of the model are fuzzed without changes here.
 */
final class Models {

  static final String MODEL_PACKAGE = ClaimDocument.class.getPackageName();

  /** A plain Jackson mapper as strict as the facade about what is one JSON value. */
  static final ObjectMapper STRICT_MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final ClassValue<List<Attribute>> ATTRIBUTES = new ClassValue<>() {
    @Override
    protected List<Attribute> computeValue(Class<?> type) {
      Map<String, Attribute> found = new LinkedHashMap<>();
      List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
      methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
      for (Method wither : methods) {
        String name = wither.getName();
        if (!name.startsWith("with") || name.length() == 4 || wither.getParameterCount() != 1
            || Modifier.isStatic(wither.getModifiers()) || found.containsKey(name.substring(4))) {
          continue;
        }
        String property = name.substring(4);
        Method getter = method(type, "get" + property);
        if (getter == null) {
          getter = method(type, "is" + property);
        }
        if (getter != null) {
          found.put(property, new Attribute(type, property, getter));
        }
      }
      return List.copyOf(found.values());
    }
  };

  private Models() {}

  /** An attribute of a model type: its getter and its {@code withX} methods. */
  static final class Attribute {
    final Class<?> owner;
    final String name;
    final Method getter;

    Attribute(Class<?> owner, String name, Method getter) {
      this.owner = owner;
      this.name = name;
      this.getter = getter;
    }

    /** The JSON property name: the JavaBeans name. */
    String jsonName() {
      return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    Object get(Object target) {
      return invoke(getter, target);
    }

    /** Returns a copy of {@code target} with this attribute set through the {@code withX} overload that fits. */
    Object with(Object target, Object value, Class<?> parameterKind) {
      for (Method wither : owner.getMethods()) {
        if (wither.getName().equals("with" + name) && wither.getParameterCount() == 1
            && !wither.getParameterTypes()[0].isArray()
            && wither.getParameterTypes()[0].isAssignableFrom(parameterKind)) {
          return invoke(wither, target, value);
        }
      }
      throw new IllegalStateException("no with" + name + "(" + parameterKind.getName() + ") on " + owner.getName());
    }
  }

  static boolean isModel(Object value) {
    return value != null && value.getClass().getPackageName().equals(MODEL_PACKAGE) && !(value instanceof Term)
        && !(value instanceof TimePoint) && !value.getClass().isEnum() && !attributes(value.getClass()).isEmpty();
  }

  static List<Attribute> attributes(Class<?> type) {
    return ATTRIBUTES.get(type);
  }

  /** Visits the object and every value inside it, depth first, in attribute order. */
  static void visit(Object value, Consumer<Object> visitor) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(inner -> visit(inner, visitor));
      return;
    }
    if (value instanceof Collection) {
      for (Object element : (Collection<?>) value) {
        visit(element, visitor);
      }
      return;
    }
    if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        visit(entry.getKey(), visitor);
        visit(entry.getValue(), visitor);
      }
      return;
    }
    visitor.accept(value);
    if (isModel(value)) {
      for (Attribute attribute : attributes(value.getClass())) {
        visit(attribute.get(value), visitor);
      }
    }
  }

  /** Whether any quantity holds a BigDecimal with a negative scale (written in plain notation, read with scale 0). */
  static boolean hasNegativeScale(Object document) {
    boolean[] found = {false};
    visit(document, value -> {
      if (value instanceof BigDecimal && ((BigDecimal) value).scale() < 0) {
        found[0] = true;
      }
    });
    return found[0];
  }

  /**
   * Whether writing must fail with IllegalArgumentException (docs/wire-format.md section 3): an extension value that
   * is not exactly one JSON value, or an extension with the name of a standard property of its type.
   */
  static boolean hasUnwritableExtension(Object document) {
    boolean[] found = {false};
    visit(document, value -> {
      if (value instanceof Extensible) {
        for (Map.Entry<String, String> extension : ((Extensible) value).getExtensions().entrySet()) {
          boolean standardName = attributes(value.getClass()).stream()
              .anyMatch(a -> a.jsonName().equals(extension.getKey()));
          if (standardName || !isOneJsonValue(extension.getValue())) {
            found[0] = true;
          }
        }
      }
    });
    return found[0];
  }

  static boolean isOneJsonValue(String text) {
    try {
      return !STRICT_MAPPER.readTree(text).isMissingNode();
    } catch (Exception e) {
      return false;
    }
  }

  private static Method method(Class<?> type, String name) {
    try {
      Method method = type.getMethod(name);
      return Modifier.isStatic(method.getModifiers()) ? null : method;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Invokes reflectively; an exception thrown by the model itself is rethrown unchanged (it is a finding). */
  static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
