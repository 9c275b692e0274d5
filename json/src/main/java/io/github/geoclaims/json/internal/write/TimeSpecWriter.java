package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.TimeSpec;

/** Writes a {@link TimeSpec}, properties in the order of its accessors. */
final class TimeSpecWriter {

  private TimeSpecWriter() {}

  static void write(TimeSpec t, Out o) {
    o.start();
    o.time("at", t.getAt());
    o.time("start", t.getStart());
    o.time("end", t.getEnd());
    o.string("expression", t.getExpression());
    o.end();
  }
}
