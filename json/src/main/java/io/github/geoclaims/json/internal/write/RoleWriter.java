package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.Role;

/** Writes a {@link Role}, properties in the order of its accessors. */
final class RoleWriter {

  private RoleWriter() {}

  static void write(Role r, Out o) {
    o.start();
    o.string("title", r.getTitle());
    o.string("organisation", r.getOrganisation());
    o.flag("former", r.isFormer());
    o.end();
  }
}
