package io.github.geoclaims.json.internal.schema;

import io.github.geoclaims.json.internal.wire.JsonStrings;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers and booleans as JSON text in the canonical layout (two-space
 * indentation, one member per line, {@code "name": value}): enough for the generated schema, without a JSON library.
 */
final class JsonText {

  private final StringBuilder out = new StringBuilder(1 << 16);

  private JsonText() {}

  /**
   * Returns the JSON text of a value, ending with a line break.
   *
   * @param value a {@link Map} with string keys, a {@link List}, a {@link String}, a {@link Number} or a
   *     {@link Boolean}
   */
  static String of(Object value) {
    JsonText text = new JsonText();
    text.value(value, 0);
    return text.out.append('\n').toString();
  }

  private void value(Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      members(map, depth);
    } else if (value instanceof List<?> list) {
      elements(list, depth);
    } else if (value instanceof String string) {
      quote(string);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value);
    }
  }

  private void members(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(separator);
      indent(depth + 1);
      quote((String) entry.getKey());
      out.append(": ");
      value(entry.getValue(), depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(depth);
    out.append('}');
  }

  private void elements(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    for (Object element : list) {
      out.append(separator);
      indent(depth + 1);
      value(element, depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(depth);
    out.append(']');
  }

  private void indent(int depth) {
    out.append("  ".repeat(depth));
  }

  private void quote(String text) {
    JsonStrings.quote(out, text);
  }

}
