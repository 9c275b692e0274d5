package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.Quantity;

/** Writes a {@link Quantity}, properties in the order of its accessors. */
final class QuantityWriter {

  private QuantityWriter() {}

  static void write(Quantity q, Out o) {
    o.start();
    o.string("unit", q.getUnit());
    o.decimal("value", q.getValue());
    o.decimal("minimum", q.getMinimum());
    o.decimal("exclusiveMinimum", q.getExclusiveMinimum());
    o.decimal("maximum", q.getMaximum());
    o.decimal("exclusiveMaximum", q.getExclusiveMaximum());
    o.flag("approximate", q.isApproximate());
    o.string("text", q.getText());
    o.end();
  }
}
