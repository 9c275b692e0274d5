package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.Actor;
import java.util.Set;

/** Writes an {@link Actor}, properties in the order of its accessors. */
final class ActorWriter {

  private ActorWriter() {}

  static final Set<String> RESERVED = Set.of("id", "kind", "name", "aliases", "countryCode", "wikidataId", "roles",
      "members", "memberCount", "description", "identityCaveat");

  static void write(Actor a, Out o) {
    o.start();
    o.string("id", a.getId());
    o.term("kind", a.getKind());
    o.string("name", a.getName());
    o.strings("aliases", a.getAliases());
    o.string("countryCode", a.getCountryCode());
    o.string("wikidataId", a.getWikidataId());
    o.list("roles", a.getRoles(), RoleWriter::write);
    o.strings("members", a.getMembers());
    o.integer("memberCount", a.getMemberCount());
    o.string("description", a.getDescription());
    o.string("identityCaveat", a.getIdentityCaveat());
    o.extensions("Actor", a.getExtensions(), RESERVED);
    o.end();
  }
}
