package io.github.geoclaims.json.internal.wire;

/**
 * JSON string literals: the one escaping routine of the codec's own JSON text (extension values read as compact
 * text, the generated schema).
 *
 * <p>Internal API.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * JsonStrings.quote(out, "line\nbreak");   // "line\nbreak"
 * }</pre>
 */
public final class JsonStrings {

  private JsonStrings() {}

  /**
   * Appends {@code text} as a JSON string literal: quotes, backslashes and control characters escaped, everything
   * else as it is.
   *
   * @param out where to append
   * @param text the text
   */
  public static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }}
