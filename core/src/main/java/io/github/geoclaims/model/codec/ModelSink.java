package io.github.geoclaims.model.codec;

import io.github.geoclaims.model.TimePoint;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Where the generated write sequences put a model object: a format's writer. Each model type's code calls, for an
 * object, {@link #beginObject(String)}, then for each property that is present (an optional with a value, a list
 * with elements, a defaulted property off its default, a required one always), in accessor declaration order,
 * {@link #name(String)} followed by its value, then {@link #extensions(String, Map)} for an extensible type, then
 * {@link #endObject()}. A list's elements come between {@link #beginArray()} and {@link #endArray()}; a nested
 * object is written by the same calls in turn.
 *
 * <pre>{@code
 * // what ActorCodec calls for an actor with an id, a kind, a name and one alias
 * sink.beginObject("Actor");
 * sink.name("id");      sink.string("north-korea");
 * sink.name("kind");    sink.string(actor.getKind().value());   // a term is written as its token
 * sink.name("name");    sink.string("North Korea");
 * sink.name("aliases"); sink.beginArray(); sink.string("DPRK"); sink.endArray();
 * sink.extensions("Actor", actor.getExtensions());
 * sink.endObject();
 * }</pre>
 *
 * <p>Every call of the generated code is a call of this interface with the model's types, so that a format with one
 * implementation is called directly once the JIT has seen it: no call goes through a function per property.
 */
public interface ModelSink {

  /**
   * Starts an object of a model type; a format may write properties of its own first (the JSON format writes a
   * document's {@code schemaVersion}).
   *
   * @param type the model type's name, such as {@code Actor}
   */
  void beginObject(String type);

  /**
   * Writes the extension properties of an object of an extensible type, after its properties.
   *
   * @param type the model type's name, for messages
   * @param extensions the extension properties by name, each value one JSON value as compact JSON text; often empty
   * @throws IllegalArgumentException if an extension cannot be written (its name is one of the type's own, its
   *     value is not one value of the format)
   */
  void extensions(String type, Map<String, String> extensions);

  /** Ends the object begun last. */
  void endObject();

  /**
   * Names the property whose value comes next.
   *
   * @param name the property's name, such as {@code countryCode}
   */
  void name(String name);

  /** Starts a list's elements. */
  void beginArray();

  /** Ends the list begun last. */
  void endArray();

  /**
   * Writes a text, or the token of a vocabulary term.
   *
   * @param value the text
   */
  void string(String value);

  /**
   * Writes a point in time.
   *
   * @param value the time point
   */
  void timePoint(TimePoint value);

  /**
   * Writes an exact decimal number.
   *
   * @param value the number
   */
  void decimal(BigDecimal value);

  /**
   * Writes a whole number.
   *
   * @param value the number
   */
  void integer(int value);

  /**
   * Writes a binary floating-point number.
   *
   * @param value the number
   */
  void doubleValue(double value);

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   */
  void booleanValue(boolean value);
}
