package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.json.internal.wire.JsonStrings;
import io.github.geoclaims.json.spi.InputException;
import io.github.geoclaims.json.spi.TokenFactory;
import io.github.geoclaims.json.spi.TokenInput;
import io.github.geoclaims.json.spi.TokenOutput;

/**
 * A {@link TokenOutput} that writes compact JSON on one line, with no whitespace between tokens: the layout of a
 * JSON Lines record. It writes the text itself, so every backend gives the same line; extension values are parsed
 * by the backend's input and replayed token by token, as the canonical outputs re-lay them out.
 *
 * <p>Internal API.
 *
 * <pre>{@code
 * CompactOutput out = new CompactOutput(tokens);
 * ModelWriter.write(document, out);
 * String line = out.text();
 * }</pre>
 */
public final class CompactOutput implements TokenOutput {

  private final TokenFactory tokens;
  private final StringBuilder text = new StringBuilder(4096);
  /** Whether the next value or name needs a comma before it: the current container already holds one. */
  private boolean separate;

  /**
   * Creates an empty output.
   *
   * @param tokens the backend's factory, which parses extension values
   */
  public CompactOutput(TokenFactory tokens) {
    this.tokens = tokens;
  }

  /** Returns the text written so far: one line, without a line break. */
  public String text() {
    return text.toString();
  }

  private StringBuilder value() {
    if (separate) {
      text.append(',');
    }
    separate = true;
    return text;
  }

  @Override
  public void startObject() {
    value().append('{');
    separate = false;
  }

  @Override
  public void endObject() {
    text.append('}');
    separate = true;
  }

  @Override
  public void startArray() {
    value().append('[');
    separate = false;
  }

  @Override
  public void endArray() {
    text.append(']');
    separate = true;
  }

  @Override
  public void name(String name) {
    JsonStrings.quote(value(), name);
    text.append(':');
    separate = false;
  }

  @Override
  public void string(String value) {
    JsonStrings.quote(value(), value);
  }

  @Override
  public void number(String plainNumber) {
    value().append(plainNumber);
  }

  @Override
  public void number(long value) {
    value().append(value);
  }

  @Override
  public void number(double value) {
    value().append(value);
  }

  @Override
  public void bool(boolean value) {
    value().append(value);
  }

  @Override
  public void json(String json) {
    try (TokenInput in = tokens.open(json)) {
      replayValue(in);
    } catch (InputException e) {
      throw new IllegalArgumentException("not one JSON value: " + e.getMessage(), e);
    }
  }

  /** Replays the one value of an input, then checks that nothing follows it. */
  private void replayValue(TokenInput in) {
    TokenInput.Token token = in.next();
    if (token == null) {
      throw new IllegalArgumentException("the text is empty");
    }
    int depth = 0;
    do {
      depth += replay(token, in);
    } while (depth > 0 && (token = in.next()) != null);
    if (in.next() != null) {
      throw new IllegalArgumentException("the text holds more than one JSON value");
    }
  }

  /** Writes one token read from an extension value; returns how it changes the nesting depth. */
  private int replay(TokenInput.Token token, TokenInput in) {
    switch (token) {
      case START_OBJECT -> startObject();
      case START_ARRAY -> startArray();
      case END_OBJECT -> endObject();
      case END_ARRAY -> endArray();
      case NAME -> name(in.name());
      case STRING -> string(in.text());
      case INTEGER, DECIMAL -> number(in.text());
      case TRUE -> bool(true);
      case FALSE -> bool(false);
      case NULL -> value().append("null");
    }
    return switch (token) {
      case START_OBJECT, START_ARRAY -> 1;
      case END_OBJECT, END_ARRAY -> -1;
      default -> 0;
    };
  }

  /** Nothing to release: the text stays readable with {@link #text()}. */
  @Override
  public void close() {
    // The text is held in memory; there is no stream to flush.
  }
}
