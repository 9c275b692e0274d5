package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.json.spi.TokenOutput;
import java.util.Map;
import java.util.Set;

/** The token output of one write, with the few writing steps the type writers share. */
final class Out {

  private final TokenOutput out;

  Out(TokenOutput out) {
    this.out = out;
  }

  TokenOutput tokens() {
    return out;
  }

  void name(String name) {
    out.name(name);
  }

  void string(String name, String value) {
    out.name(name);
    out.string(value);
  }

  /**
   * Writes the extension properties inline, in insertion order.
   *
   * @param reserved the type's own property names, which an extension must not shadow
   */
  void extensions(String type, Map<String, String> extensions, Set<String> reserved) {
    for (Map.Entry<String, String> entry : extensions.entrySet()) {
      if (reserved.contains(entry.getKey())) {
        throw new IllegalArgumentException("Extension property '" + entry.getKey() + "' of " + type
            + " has the name of a standard property; extension names start with x-");
      }
      out.name(entry.getKey());
      try {
        out.json(entry.getValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Extension property '" + entry.getKey() + "' of " + type
            + " is not one JSON value: " + e.getMessage(), e);
      }
    }
  }
}
