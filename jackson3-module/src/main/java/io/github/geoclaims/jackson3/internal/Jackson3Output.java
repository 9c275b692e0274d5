package io.github.geoclaims.jackson3.internal;

import io.github.geoclaims.json.spi.TokenOutput;
import io.github.geoclaims.model.meta.Metamodel;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * The {@link TokenOutput} over a Jackson 3 {@link JsonGenerator}. A failure of the underlying stream becomes an
 * {@link UncheckedIOException}, as in the Jackson 2 adapter.
 */
final class Jackson3Output implements TokenOutput {

  /**
   * The model's property names, each with its quoted UTF-8 form made once, which the generator copies instead of
   * escaping the name anew; other names (extension properties) are written from their text.
   */
  private static final Map<String, SerializedString> MODEL_NAMES = Metamodel.propertyNames().stream()
      .collect(Collectors.toUnmodifiableMap(name -> name, SerializedString::new));

  private final JsonGenerator generator;
  private final JsonFactory parsers;

  /**
   * @param generator where to write
   * @param parsers parses extension values (JSON text held by the model) so that they are re-laid out
   */
  Jackson3Output(JsonGenerator generator, JsonFactory parsers) {
    this.generator = generator;
    this.parsers = parsers;
  }

  @Override
  public void startObject() {
    try {
      generator.writeStartObject();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void endObject() {
    try {
      generator.writeEndObject();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void startArray() {
    try {
      generator.writeStartArray();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void endArray() {
    try {
      generator.writeEndArray();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void name(String name) {
    SerializedString known = MODEL_NAMES.get(name);
    try {
      if (known != null) {
        generator.writeName(known);
      } else {
        generator.writeName(name);
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void string(String value) {
    try {
      generator.writeString(value);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void number(String plainNumber) {
    try {
      generator.writeNumber(plainNumber);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void number(long value) {
    try {
      generator.writeNumber(value);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void number(double value) {
    try {
      generator.writeNumber(value);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      generator.writeBoolean(value);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void json(String json) {
    try (JsonParser parser = parsers.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new IllegalArgumentException("the text is empty");
      }
      int depth = 0;
      do {
        switch (token) {
          case START_OBJECT:
            generator.writeStartObject();
            depth++;
            break;
          case START_ARRAY:
            generator.writeStartArray();
            depth++;
            break;
          case END_OBJECT:
            generator.writeEndObject();
            depth--;
            break;
          case END_ARRAY:
            generator.writeEndArray();
            depth--;
            break;
          case PROPERTY_NAME:
            generator.writeName(parser.currentName());
            break;
          case VALUE_STRING:
            generator.writeString(parser.getString());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            generator.writeNumber(parser.getString());
            break;
          case VALUE_TRUE:
            generator.writeBoolean(true);
            break;
          case VALUE_FALSE:
            generator.writeBoolean(false);
            break;
          case VALUE_NULL:
            generator.writeNull();
            break;
          default:
            throw new IllegalArgumentException("unexpected token " + token);
        }
        if (depth == 0) {
          break;
        }
        token = parser.nextToken();
        if (token == null) {
          throw new IllegalArgumentException("the text ends inside a value");
        }
      } while (true);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("the text holds more than one value");
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  @Override
  public void close() {
    try (JsonGenerator closing = generator) {
      if (closing.streamWriteContext().inRoot() && closing.streamWriteContext().getEntryCount() > 0) {
        closing.writeRaw('\n');
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }
}
