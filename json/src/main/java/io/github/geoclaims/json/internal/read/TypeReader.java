package io.github.geoclaims.json.internal.read;

import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueKind;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one model type, property by property, from a table planned once from its {@link ModelType}: each property's
 * JSON name, how to read its value, and the builder call that takes it. What a property is, the metamodel says; this
 * class only knows how each kind of value looks in JSON.
 *
 * <p>Reading follows {@link ReadContext}'s convention: called at the value's first token, it leaves the input at the
 * value's last token, and returns {@code null} after reporting when no object can be built.
 */
final class TypeReader {

  /**
   * Reads one property into a builder. The value is read by a switch on its kind, with direct calls into
   * {@link ReadContext}: a call through a function per kind would be one call site shared by every property, which
   * the JIT cannot inline.
   */
  private record PropertyReader(Property property, ValueKind kind, int requiredIndex, boolean list,
      String elementType, Map<Class<?>, TypeReader> readers) {

    /** Reads the property's value; returns {@code true} if a required value was read. */
    boolean readInto(ReadContext c, Object builder) {
      if (list) {
        if (c.beginArray(elementType)) {
          while (c.nextElement()) {
            Object element = value(c);
            if (element != null) {
              property.add(builder, element);
            }
          }
        }
        return false;
      }
      Object read = value(c);
      if (read == null) {
        return false;
      }
      property.set(builder, read);
      return requiredIndex >= 0;
    }

    /** Reads one value (one element, for a list), or returns {@code null} after reporting. */
    Object value(ReadContext c) {
      return switch (kind) {
        case STRING -> c.string();
        case TERM -> {
          String token = c.string();
          yield token == null ? null : property.term(token);
        }
        case TIME_POINT -> c.time();
        case DECIMAL -> c.decimal();
        case INTEGER -> c.integer();
        case DOUBLE -> c.dbl();
        case BOOLEAN -> c.bool();
        // The nested type's reader is looked up when used: the table is complete by then.
        case OBJECT -> readers.get(property.valueType()).read(c);
      };
    }
  }

  private final ModelType<?> type;
  private final Map<String, PropertyReader> byName;
  /** The required properties, in declaration order: the order in which missing ones are reported. */
  private final String[] required;
  /** Reads a property that is not the type's own; {@code null} for none but extensions. */
  private final Envelope envelope;

  /**
   * A property of the wire format that is not the model's, read before the model's properties are checked: the
   * document's {@code schemaVersion}.
   */
  interface Envelope {
    /** The property's name. */
    String name();

    /** Reads the property's value and returns it, or {@code null} after reporting. */
    Object read(ReadContext c);
  }

  private TypeReader(ModelType<?> type, Map<Class<?>, TypeReader> readers, Envelope envelope) {
    this.type = type;
    this.envelope = envelope;
    List<Property> properties = type.properties();
    this.byName = new HashMap<>(properties.size() * 2);
    this.required = properties.stream()
        .filter(p -> p.cardinality() == Cardinality.REQUIRED)
        .map(Property::name)
        .toArray(String[]::new);
    int requiredIndex = 0;
    for (Property property : properties) {
      boolean isRequired = property.cardinality() == Cardinality.REQUIRED;
      byName.put(property.name(), new PropertyReader(property, property.kind(), isRequired ? requiredIndex++ : -1,
          property.cardinality() == Cardinality.LIST, elementType(property), readers));
    }
  }

  /**
   * Plans a reader for every model type of the metamodel.
   *
   * @param documentType the type whose objects carry the envelope
   * @param envelope the document's {@code schemaVersion}
   * @return the readers by model class
   */
  static Map<Class<?>, TypeReader> plan(Class<?> documentType, Envelope envelope) {
    Map<Class<?>, TypeReader> readers = new HashMap<>();
    for (ModelType<?> type : Metamodel.types()) {
      readers.put(type.javaType(),
          new TypeReader(type, readers, type.javaType() == documentType ? envelope : null));
    }
    return Collections.unmodifiableMap(readers);
  }

  /** Reads an object of this type, or returns {@code null} after reporting. */
  Object read(ReadContext c) {
    if (!c.beginObject(type.name())) {
      return null;
    }
    Object builder = type.newBuilder();
    Object envelopeValue = null;
    long requiredRead = 0;
    for (String name = c.nextProperty(); name != null; name = c.nextProperty()) {
      PropertyReader property = byName.get(name);
      if (property != null) {
        if (property.readInto(c, builder)) {
          requiredRead |= 1L << property.requiredIndex();
        }
      } else if (envelope != null && name.equals(envelope.name())) {
        envelopeValue = envelope.read(c);
      } else {
        c.otherProperty(name, type.isExtensible() ? (key, json) -> type.putExtension(builder, key, json) : null);
      }
    }
    boolean complete = envelope == null || c.require(envelope.name(), envelopeValue);
    for (int i = 0; i < required.length; i++) {
      complete &= c.require(required[i], (requiredRead & (1L << i)) != 0 ? Boolean.TRUE : null);
    }
    c.endObject();
    return complete ? type.build(builder) : null;
  }

  /** Describes the elements of a list for messages: "strings", or the model type ("Actor"). */
  private static String elementType(Property property) {
    return property.kind() == ValueKind.OBJECT ? property.valueType().getSimpleName() : "strings";
  }
}
