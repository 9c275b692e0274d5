package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.Evidence;

/** Writes an {@link Evidence}, properties in the order of its accessors. */
final class EvidenceWriter {

  private EvidenceWriter() {}

  static void write(Evidence e, Out o) {
    o.start();
    o.string("description", e.getDescription());
    o.string("source", e.getSource());
    o.end();
  }
}
