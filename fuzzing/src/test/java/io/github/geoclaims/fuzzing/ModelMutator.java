package io.github.geoclaims.fuzzing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TimePoint;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Semantic mutations of a model object through its {@code withX} methods, chosen by the fuzzer: offsets, ids and
 * references (swapped for other identifiers of the document), terms, dates, numbers, extensions, and dropped,
 * duplicated and swapped list elements, anywhere in the tree.
 */
final class ModelMutator {

  private static final List<String> SPECIAL_STRINGS = List.of("", " ", "a", "x-", "x-a", "x-Bad", "X-upper", "id",
      "kind", "with space", "\t", "é", "\uD800", "\uDC00x", "\uD83D\uDE00", "\u0000", "2023-10-14", "null", "-",
      "1.0", "https://example.org/", "\u202E", "north-korea", "claims");

  private static final List<String> TIMES = List.of("2023", "2023-10", "2023-10-14", "2024-01-09T14:30:00+09:00",
      "2024-01-09T14:30:00Z", "0000", "9999", "9999-12-31", "0001-01-01", "2023-10-13", "2023-10-15",
      "2023-10-14T23:59:59-18:00", "2023-10-14T00:00:00+18:00", "2100-01-01");

  private static final List<String> DECIMALS = List.of("0", "-0.50", "1000", "1E+3", "1.5E+6", "0.000001", "1e-7",
      "-1", "12345678901234567890.1230", "0E+5", "0E-5", "1E+99", "1E-99");

  private static final List<String> EXTENSION_VALUES = List.of("1", "\"x\"", "true", "null", "{}", "[]",
      "{\"a\":[1,{\"b\":null}]}", "0.80", "-1e5", "\"\\u0001\\\"\"", "[1,[],{\"a\":\"b\"}]", "", "{", "1 2",
      "\"unterminated", "[1,]", "NaN", "{\"a\":1,\"a\":2}");

  private final FuzzedDataProvider data;
  private final List<String> strings;

  ModelMutator(FuzzedDataProvider data, Object document) {
    this.data = data;
    Set<String> found = new LinkedHashSet<>(SPECIAL_STRINGS);
    Models.visit(document, value -> {
      if (value instanceof String) {
        found.add((String) value);
      }
    });
    this.strings = List.copyOf(found);
  }

  /** Returns a copy of the model object with one attribute somewhere inside it changed. */
  Object mutate(Object node, int depth) {
    List<Models.Attribute> attributes = Models.attributes(node.getClass());
    Models.Attribute attribute = data.pickValue(attributes);
    Type type = attribute.getter.getGenericReturnType();
    Object value = newValue(type, attribute.get(node), depth);
    return attribute.with(node, value, kind(type));
  }

  private Object newValue(Type type, Object current, int depth) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      Type element = argument(type, 0);
      Optional<?> present = (Optional<?>) current;
      int choice = data.consumeInt(0, 2);
      if (choice == 0) {
        return Optional.empty();
      }
      if (raw(element).getPackageName().equals(Models.MODEL_PACKAGE) && !Term.class.isAssignableFrom(raw(element))
          && raw(element) != TimePoint.class) {
        // A nested model object is only changed, never made up.
        return present.isPresent() ? Optional.of(newValue(element, present.get(), depth)) : present;
      }
      return Optional.of(newValue(element, choice == 1 && present.isPresent() ? present.get() : null, depth));
    }
    if (List.class.isAssignableFrom(raw)) {
      return newList(argument(type, 0), (List<?>) current, depth);
    }
    if (Map.class.isAssignableFrom(raw)) {
      return newExtensions(current == null ? Map.of() : (Map<?, ?>) current);
    }
    if (raw == String.class) {
      return newString();
    }
    if (raw == int.class || raw == Integer.class) {
      return newInt(current == null ? 0 : (Integer) current);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return data.consumeBoolean();
    }
    if (raw == double.class || raw == Double.class) {
      return newDouble();
    }
    if (raw == BigDecimal.class) {
      return newDecimal();
    }
    if (raw == TimePoint.class) {
      return newTime(current);
    }
    if (Term.class.isAssignableFrom(raw)) {
      return newTerm(raw, current);
    }
    if (raw.getPackageName().equals(Models.MODEL_PACKAGE) && current != null) {
      return depth < 12 ? mutate(current, depth + 1) : current;
    }
    if (current != null) {
      return current;
    }
    throw new IllegalStateException("cannot make a new " + type);
  }

  private List<Object> newList(Type element, List<?> current, int depth) {
    List<Object> list = new ArrayList<>(current);
    int choice = data.consumeInt(0, 6);
    if (list.isEmpty() || choice == 6) {
      if (raw(element) == String.class || raw(element).getPackageName().equals(Models.MODEL_PACKAGE) && !list.isEmpty()) {
        list.add(raw(element) == String.class ? newString() : list.get(data.consumeInt(0, list.size() - 1)));
      }
      return list;
    }
    int index = data.consumeInt(0, list.size() - 1);
    switch (choice) {
      case 0, 1 -> list.set(index, newValue(element, list.get(index), depth));
      case 2 -> list.remove(index);
      case 3 -> list.add(data.consumeInt(0, list.size()), list.get(index));
      case 4 -> Collections.swap(list, index, data.consumeInt(0, list.size() - 1));
      default -> list.clear();
    }
    return list;
  }

  private Map<String, String> newExtensions(Map<?, ?> current) {
    Map<String, String> map = new LinkedHashMap<>();
    current.forEach((k, v) -> map.put((String) k, (String) v));
    int choice = data.consumeInt(0, 3);
    if (choice == 0 && !map.isEmpty()) {
      map.remove(data.pickValue(new ArrayList<>(map.keySet())));
    } else if (choice == 1 && !map.isEmpty()) {
      map.put(data.pickValue(new ArrayList<>(map.keySet())), data.pickValue(EXTENSION_VALUES));
    } else {
      String name = data.consumeBoolean() ? "x-" + data.consumeAsciiString(8) : newString();
      map.put(name, data.consumeBoolean() ? data.pickValue(EXTENSION_VALUES) : data.consumeString(16));
    }
    return map;
  }

  private String newString() {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> data.consumeString(24);
      case 1 -> data.pickValue(strings) + data.consumeString(3);
      default -> data.pickValue(strings);
    };
  }

  private int newInt(int current) {
    return switch (data.consumeInt(0, 4)) {
      case 0 -> current + data.consumeInt(-3, 3);
      case 1 -> data.pickValue(new Integer[] {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 20});
      case 2 -> data.consumeInt(-10, 300);
      default -> data.consumeInt();
    };
  }

  private double newDouble() {
    return data.consumeBoolean()
        ? data.pickValue(new Double[] {0.0, -0.0, 1.0, 0.5, 0.75, 1.0000000000000002, -1e-300, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 1e-7})
        : data.consumeDouble();
  }

  private BigDecimal newDecimal() {
    if (data.consumeBoolean()) {
      return new BigDecimal(data.pickValue(DECIMALS));
    }
    // The scale stays moderate: a model built in code with a scale of -2^31 is not input the writer defends against.
    return new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-120, 120));
  }

  private Object newTime(Object current) {
    try {
      return switch (data.consumeInt(0, 4)) {
        case 0 -> TimePoint.ofYear(data.consumeInt(-1, 10_000));
        case 1 -> TimePoint.ofMonth(YearMonth.of(data.consumeInt(0, 9999), data.consumeInt(1, 12)));
        case 2 -> TimePoint.ofDay(LocalDate.of(data.consumeInt(0, 9999), data.consumeInt(1, 12),
            data.consumeInt(1, 31)));
        case 3 -> TimePoint.ofInstant(OffsetDateTime.of(data.consumeInt(0, 9999), data.consumeInt(1, 12),
            data.consumeInt(1, 28), data.consumeInt(0, 23), data.consumeInt(0, 59), data.consumeInt(0, 59),
            data.consumeInt(0, 999_999_999), ZoneOffset.ofTotalSeconds(data.consumeInt(-18 * 3600, 18 * 3600))));
        default -> TimePoint.parse(data.pickValue(TIMES));
      };
    } catch (IllegalArgumentException | DateTimeException e) {
      return current != null ? current : TimePoint.parse("2023");
    }
  }

  private Object newTerm(Class<?> type, Object current) {
    List<String> tokens = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
        try {
          tokens.add(((Term) field.get(null)).value());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    tokens.addAll(List.of("x-custom", "x-", "X-upper", "unknown-token", "", "x-a-b", "x--a", "state"));
    String token = data.consumeBoolean() ? data.pickValue(tokens) : newString();
    try {
      Method of = type.getMethod("of", String.class);
      return Models.invoke(of, null, token);
    } catch (NoSuchMethodException e) {
      return current;
    }
  }

  /** The class that selects the {@code withX} overload for a value of the getter's type. */
  private static Class<?> kind(Type type) {
    Class<?> raw = raw(type);
    if (List.class.isAssignableFrom(raw)) {
      return List.class;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return LinkedHashMap.class;
    }
    return raw;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    if (type instanceof WildcardType) {
      return raw(((WildcardType) type).getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    Type argument = ((ParameterizedType) type).getActualTypeArguments()[index];
    return argument instanceof WildcardType ? ((WildcardType) argument).getUpperBounds()[0] : argument;
  }
}
