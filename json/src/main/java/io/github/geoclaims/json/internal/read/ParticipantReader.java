package io.github.geoclaims.json.internal.read;

import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;

/** Reads a {@link Participant}. */
final class ParticipantReader {

  private ParticipantReader() {}

  static Participant read(ReadContext c) {
    if (!c.beginObject("Participant")) {
      return null;
    }
    String actor = null;
    ParticipantRole role = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "actor":
          actor = c.string();
          break;
        case "role":
          role = c.term(ParticipantRole::of);
          break;
        default:
          c.otherProperty(p, null);
      }
    }
    boolean complete = c.require("actor", actor) & c.require("role", role);
    c.endObject();
    return complete ? Participant.of(actor, role) : null;
  }
}
