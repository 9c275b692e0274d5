package io.github.geoclaims.json.internal.read;

/**
 * Maps a core violation path ({@code claims[3].attributions[0].quote.exact}, as Hibernate Validator renders it) to
 * the JSON Pointer of the same value on the wire ({@code /claims/3/attributions/0/quote/exact}).
 *
 * <p>Container nodes ({@code <list element>}, {@code <map key>}) add nothing; an extension's entry
 * ({@code extensions<K>[x-batch]}) is the property {@code x-batch} of the same object, since extensions are
 * written inline.
 *
 * <p>Internal API: public for the streaming reader ({@code io.github.geoclaims.json.stream}).
 */
public final class ViolationPaths {

  private ViolationPaths() {}

  /**
   * Returns the JSON Pointer of a core violation path.
   *
   * <pre>{@code
   * ViolationPaths.toPointer("claims[3].attributions[0].quote.exact");   // /claims/3/attributions/0/quote/exact
   * }</pre>
   *
   * @param path the violation's path, as {@code Violation.path()}
   * @return the pointer, {@code ""} for the document
   */
  public static String toPointer(String path) {
    StringBuilder pointer = new StringBuilder();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char ch = path.charAt(i);
      if (ch == '.') {
        i++;
      } else if (ch == '<') {
        int close = path.indexOf('>', i);
        i = close < 0 ? n : close + 1;
      } else if (ch == '[') {
        int close = closingBracket(path, i);
        appendSegment(pointer, path.substring(i + 1, close));
        i = close + 1;
      } else {
        int end = i;
        while (end < n && ".[<".indexOf(path.charAt(end)) < 0) {
          end++;
        }
        String name = path.substring(i, end);
        if (!name.equals("extensions")) {
          appendSegment(pointer, name);
        }
        i = end;
      }
    }
    return pointer.toString();
  }

  /** Finds the bracket that closes a key, allowing ']' inside a key when it is not followed by '.', '[' or end. */
  private static int closingBracket(String path, int open) {
    int close = path.indexOf(']', open);
    while (close >= 0 && close + 1 < path.length() && ".[<".indexOf(path.charAt(close + 1)) < 0) {
      close = path.indexOf(']', close + 1);
    }
    return close < 0 ? path.length() - 1 : close;
  }

  private static void appendSegment(StringBuilder pointer, String segment) {
    pointer.append('/').append(escape(segment));
  }

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
