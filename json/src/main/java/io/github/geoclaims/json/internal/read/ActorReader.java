package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;

/** Reads an {@link Actor}. */
final class ActorReader {

  private ActorReader() {}

  static Actor read(ReadContext c) {
    if (!c.beginObject("Actor")) {
      return null;
    }
    Actor.Builder b = Actor.builder();
    String id = null;
    ActorKind kind = null;
    String name = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "id":
          id = c.string();
          break;
        case "kind":
          kind = c.term(ActorKind::of);
          break;
        case "name":
          name = c.string();
          break;
        case "aliases":
          c.list("strings", ReadContext::string, b::addAlias);
          break;
        case "countryCode":
          set(c.string(), b::countryCode);
          break;
        case "wikidataId":
          set(c.string(), b::wikidataId);
          break;
        case "roles":
          c.list("Role", RoleReader::read, b::addRole);
          break;
        case "members":
          c.list("strings", ReadContext::string, b::addMember);
          break;
        case "memberCount":
          set(c.integer(), b::memberCount);
          break;
        case "description":
          set(c.string(), b::description);
          break;
        case "identityCaveat":
          set(c.string(), b::identityCaveat);
          break;
        default:
          c.otherProperty(p, b::putExtension);
      }
    }
    boolean complete = c.require("id", id) & c.require("kind", kind) & c.require("name", name);
    c.endObject();
    return complete ? b.id(id).kind(kind).name(name).build() : null;
  }
}
