package io.github.geoclaims.model.codec;

import io.github.geoclaims.model.TimePoint;
import java.math.BigDecimal;

/**
 * Where the generated read loops take a model object from: a format's reader, which reports what it cannot read and
 * goes on. Each model type's code, at an object's first token, calls {@link #beginObject(String)}, then
 * {@link #nextProperty()} until it returns {@code null}, reading each property of the type by the value method of its
 * kind (a list's elements between {@link #beginArray(String)} and {@link #nextElement()} returning {@code false}, a
 * nested object by the same calls in turn) and handing every other name to {@link #otherProperty(String, boolean)};
 * then {@link #endProperties()}, {@link #missing(String)} for each required property it did not read, in declaration
 * order, and {@link #endObject()}.
 *
 * <pre>{@code
 * // what ActorCodec does, in short
 * if (!source.beginObject("Actor")) return null;
 * Actor.Builder builder = Actor.builder();
 * for (String name = source.nextProperty(); name != null; name = source.nextProperty()) {
 *   switch (name) {
 *     case "id" -> { String id = source.string(); if (id != null) builder.id(id); }
 *     // ...
 *     default -> { String json = source.otherProperty(name, true); if (json != null) builder.putExtension(name, json); }
 *   }
 * }
 * }</pre>
 *
 * <p>A value method returns {@code null} when the value cannot be read, after reporting it: the property is then
 * left out, and the object is built only if every required property was read.
 */
public interface ModelSource {

  /**
   * Starts an object of a model type at the current value.
   *
   * @param type the model type's name, such as {@code Actor}
   * @return {@code true} if the value is an object; otherwise it was reported and skipped, and the object is not read
   */
  boolean beginObject(String type);

  /**
   * Advances to the next property of the current object and to its value.
   *
   * @return the property's name, or {@code null} after the last
   */
  String nextProperty();

  /**
   * Reads a property the model type does not define: one of the format's own (read by the source), an extension
   * property or an unknown one.
   *
   * @param name the property's name
   * @param extensible whether the type carries extension properties
   * @return the value to keep as an extension property, as compact JSON text; {@code null} if the property is not
   *     kept (the source read it, or reported and skipped it)
   */
  String otherProperty(String name, boolean extensible);

  /**
   * Ends the current object's properties, before its required ones are checked: the format checks what it requires
   * of the object itself (the JSON format: a document's {@code schemaVersion}).
   *
   * @return {@code false} if the object cannot be built
   */
  boolean endProperties();

  /**
   * Reports a required property that was not read: missing, unless it was present with a value reported already.
   *
   * @param name the property's name
   */
  void missing(String name);

  /** Ends the current object, after its required properties were checked. */
  void endObject();

  /**
   * Starts a list at the current value; then {@link #nextElement()} until it returns {@code false}.
   *
   * @param elementType the simple name of the elements' class, such as {@code String} or {@code Role}, for messages
   * @return {@code true} if the value is a list; otherwise it was reported and skipped
   */
  boolean beginArray(String elementType);

  /**
   * Advances to the next element of the current list.
   *
   * @return {@code true} at an element; {@code false} after the last, the list then being closed
   */
  boolean nextElement();

  /**
   * Reads a text, or the token of a vocabulary term.
   *
   * @return the text, or {@code null} after reporting
   */
  String string();

  /**
   * Reads a point in time.
   *
   * @return the time point, or {@code null} after reporting
   */
  TimePoint timePoint();

  /**
   * Reads an exact decimal number.
   *
   * @return the number, or {@code null} after reporting
   */
  BigDecimal decimal();

  /**
   * Reads a whole number that fits in an {@code int}.
   *
   * @return the number, or {@code null} after reporting
   */
  Integer integer();

  /**
   * Reads a binary floating-point number.
   *
   * @return the number, or {@code null} after reporting
   */
  Double doubleValue();

  /**
   * Reads {@code true} or {@code false}.
   *
   * @return the value, or {@code null} after reporting
   */
  Boolean booleanValue();
}
