package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.json.internal.wire.DocumentLayout;
import io.github.geoclaims.json.spi.TokenOutput;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueKind;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one model type, properties in the order of its accessors, from a table planned once from its
 * {@link ModelType}: absent values, empty lists and defaults are left out; extension properties come last.
 */
final class TypeWriter {

  /**
   * Writes one property of a model object, or nothing when it is absent, empty or its default. Values are written by
   * a switch on their kind with direct calls, not through a function per kind whose one call site the JIT could not
   * inline.
   */
  private record PropertyWriter(Property property, String name, ValueKind kind, Object defaultValue,
      Map<Class<?>, TypeWriter> writers) {

    void write(Object model, Out out) {
      Object raw = property.get(model);
      switch (property.cardinality()) {
        case REQUIRED -> {
          out.name(name);
          value(raw, out);
        }
        case OPTIONAL -> {
          Optional<?> present = (Optional<?>) raw;
          if (present.isPresent()) {
            out.name(name);
            value(present.get(), out);
          }
        }
        case LIST -> {
          List<?> elements = (List<?>) raw;
          if (!elements.isEmpty()) {
            out.name(name);
            out.tokens().startArray();
            for (int i = 0; i < elements.size(); i++) {
              value(elements.get(i), out);
            }
            out.tokens().endArray();
          }
        }
        case DEFAULTED -> {
          if (!raw.equals(defaultValue)) {
            out.name(name);
            value(raw, out);
          }
        }
      }
    }

    /** Writes one value: a list's element, an optional's present value, or a single value. */
    private void value(Object value, Out out) {
      TokenOutput tokens = out.tokens();
      switch (kind) {
        case STRING -> tokens.string((String) value);
        case TERM -> tokens.string(((Term) value).value());
        case TIME_POINT -> tokens.string(value.toString());
        case DECIMAL -> tokens.number(((BigDecimal) value).toPlainString());
        case INTEGER -> tokens.number((long) (Integer) value);
        case DOUBLE -> tokens.number((double) (Double) value);
        case BOOLEAN -> tokens.bool((Boolean) value);
        case OBJECT -> writers.get(property.valueType()).write(value, out);
      }
    }
  }

  private final ModelType<?> type;
  private final PropertyWriter[] properties;
  /** The names an extension property must not have. */
  private final Set<String> reserved;
  private final boolean document;

  private TypeWriter(ModelType<?> type, Map<Class<?>, TypeWriter> writers, boolean document) {
    this.type = type;
    this.document = document;
    this.properties = type.properties().stream()
        .map(property -> new PropertyWriter(property, property.name(), property.kind(),
            property.defaultValue().orElse(null), writers))
        .toArray(PropertyWriter[]::new);
    Set<String> names = new LinkedHashSet<>();
    if (document) {
      names.add(DocumentLayout.SCHEMA_VERSION);
    }
    type.properties().forEach(property -> names.add(property.name()));
    this.reserved = Set.copyOf(names);
  }

  /**
   * Plans a writer for every model type of the metamodel; the document's writes its {@code schemaVersion} first.
   *
   * @return the writers by model class
   */
  static Map<Class<?>, TypeWriter> plan() {
    Map<Class<?>, TypeWriter> writers = new HashMap<>();
    for (ModelType<?> type : Metamodel.types()) {
      writers.put(type.javaType(), new TypeWriter(type, writers, type == DocumentLayout.DOCUMENT));
    }
    return Collections.unmodifiableMap(writers);
  }

  /** Writes a whole object of this type. */
  void write(Object model, Out out) {
    out.tokens().startObject();
    if (document) {
      out.string(DocumentLayout.SCHEMA_VERSION, DocumentLayout.WRITTEN_VERSION);
    }
    for (PropertyWriter property : properties) {
      property.write(model, out);
    }
    writeExtensions(model, out);
    out.tokens().endObject();
  }

  /**
   * Writes one property of an object of this type (the streaming writer writes a document's header property by
   * property).
   */
  void writeProperty(Property property, Object model, Out out) {
    properties[type.properties().indexOf(property)].write(model, out);
  }

  /** Writes the object's extension properties, checking their names against this type's own. */
  void writeExtensions(Object model, Out out) {
    if (type.isExtensible()) {
      out.extensions(type.name(), type.extensions(model), reserved);
    }
  }
}
