package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.Quantity;

/** Reads a {@link Quantity}. */
final class QuantityReader {

  private QuantityReader() {}

  static Quantity read(ReadContext c) {
    if (!c.beginObject("Quantity")) {
      return null;
    }
    Quantity.Builder b = Quantity.builder();
    String unit = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "unit":
          unit = c.string();
          break;
        case "value":
          set(c.decimal(), b::value);
          break;
        case "minimum":
          set(c.decimal(), b::minimum);
          break;
        case "exclusiveMinimum":
          set(c.decimal(), b::exclusiveMinimum);
          break;
        case "maximum":
          set(c.decimal(), b::maximum);
          break;
        case "exclusiveMaximum":
          set(c.decimal(), b::exclusiveMaximum);
          break;
        case "approximate":
          set(c.bool(), b::approximate);
          break;
        case "text":
          set(c.string(), b::text);
          break;
        default:
          c.otherProperty(p, null);
      }
    }
    boolean complete = c.require("unit", unit);
    c.endObject();
    return complete ? b.unit(unit).build() : null;
  }
}
