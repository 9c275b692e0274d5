package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.Role;

/** Reads a {@link Role}. */
final class RoleReader {

  private RoleReader() {}

  static Role read(ReadContext c) {
    if (!c.beginObject("Role")) {
      return null;
    }
    Role.Builder b = Role.builder();
    String title = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "title":
          title = c.string();
          break;
        case "organisation":
          set(c.string(), b::organisation);
          break;
        case "former":
          set(c.bool(), b::former);
          break;
        default:
          c.otherProperty(p, null);
      }
    }
    boolean complete = c.require("title", title);
    c.endObject();
    return complete ? b.title(title).build() : null;
  }
}
