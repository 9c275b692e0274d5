package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.Participant;

/** Writes a {@link Participant}, properties in the order of its accessors. */
final class ParticipantWriter {

  private ParticipantWriter() {}

  static void write(Participant p, Out o) {
    o.start();
    o.string("actor", p.getActor());
    o.term("role", p.getRole());
    o.end();
  }
}
