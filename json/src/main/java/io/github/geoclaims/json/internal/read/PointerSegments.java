package io.github.geoclaims.json.internal.read;

/**
 * The segments of the JSON Pointers that a read gives its values: a property name, escaped, or an array index. A
 * core violation's pointer is {@code Violation.pointer()}, built by the same rule.
 *
 * <p>Internal API: public for the streaming reader ({@code io.github.geoclaims.json}).
 */
public final class PointerSegments {

  private PointerSegments() {}

  /**
   * Appends the pointer segment of one member of an object or array: {@code /name}, escaped, for a property;
   * {@code /index} for an element; nothing for neither (the top level).
   *
   * @param pointer the pointer being built
   * @param name the property name, or {@code null} for an array element
   * @param index the element's index, or -1
   */
  public static void appendMember(StringBuilder pointer, String name, int index) {
    if (name != null) {
      pointer.append('/').append(escape(name));
    } else if (index >= 0) {
      pointer.append('/').append(index);
    }
  }

  /** Escapes a property name as a JSON Pointer segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
