package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.json.internal.wire.DocumentLayout;
import io.github.geoclaims.json.spi.TokenOutput;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.codec.ModelSink;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The token output of one write, as the {@link ModelSink} the generated write sequences of core's {@code model.codec}
 * package write into: each value as its JSON token, a document's {@code schemaVersion} first, extension properties
 * inline.
 */
final class Out implements ModelSink {

  /** The names an extension property must not have, by model type name: its properties', and the envelope's. */
  private static final Map<String, Set<String>> RESERVED = reserved();

  /** The name of the document's model type, whose objects start with the envelope. */
  private static final String DOCUMENT = DocumentLayout.DOCUMENT.name();

  private final TokenOutput out;

  Out(TokenOutput out) {
    this.out = out;
  }

  private static Map<String, Set<String>> reserved() {
    Map<String, Set<String>> reserved = new HashMap<>();
    for (ModelType<?> type : Metamodel.types()) {
      Set<String> names = new LinkedHashSet<>();
      if (type == DocumentLayout.DOCUMENT) {
        names.add(DocumentLayout.SCHEMA_VERSION);
      }
      type.properties().forEach(property -> names.add(property.name()));
      reserved.put(type.name(), Set.copyOf(names));
    }
    return Map.copyOf(reserved);
  }

  /** Starts an object; a document's starts with its {@code schemaVersion}. */
  @Override
  public void beginObject(String type) {
    out.startObject();
    if (type.equals(DOCUMENT)) {
      envelope();
    }
  }

  /** Writes the document's {@code schemaVersion}; out of line, so that {@link #beginObject(String)} stays small. */
  private void envelope() {
    out.name(DocumentLayout.SCHEMA_VERSION);
    out.string(DocumentLayout.WRITTEN_VERSION);
  }

  /**
   * Writes the extension properties inline, in insertion order.
   *
   * @throws IllegalArgumentException if an extension has the name of one of the type's own properties, or its value
   *     is not one JSON value
   */
  @Override
  public void extensions(String type, Map<String, String> extensions) {
    if (extensions.isEmpty()) {
      return;
    }
    Set<String> reserved = RESERVED.get(type);
    for (Map.Entry<String, String> entry : extensions.entrySet()) {
      if (reserved.contains(entry.getKey())) {
        throw new IllegalArgumentException("Extension property '" + entry.getKey() + "' of " + type
            + " has the name of a standard property; extension names start with x-");
      }
      out.name(entry.getKey());
      try {
        out.json(entry.getValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Extension property '" + entry.getKey() + "' of " + type
            + " is not one JSON value: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void endObject() {
    out.endObject();
  }

  @Override
  public void name(String name) {
    out.name(name);
  }

  @Override
  public void beginArray() {
    out.startArray();
  }

  @Override
  public void endArray() {
    out.endArray();
  }

  @Override
  public void string(String value) {
    out.string(value);
  }

  /** Writes a time point as its ISO 8601 text. */
  @Override
  public void timePoint(TimePoint value) {
    out.string(value.toString());
  }

  /** Writes a decimal exactly as written out, without an exponent. */
  @Override
  public void decimal(BigDecimal value) {
    out.number(value.toPlainString());
  }

  @Override
  public void integer(int value) {
    out.number((long) value);
  }

  @Override
  public void doubleValue(double value) {
    out.number(value);
  }

  @Override
  public void booleanValue(boolean value) {
    out.bool(value);
  }
}
