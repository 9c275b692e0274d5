package io.github.geoclaims.jackson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.geoclaims.json.spi.TokenOutput;
import io.github.geoclaims.model.meta.Metamodel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;

/** The {@link TokenOutput} over a Jackson 2 {@link JsonGenerator}; I/O failures become UncheckedIOExceptions. */
final class Jackson2Output implements TokenOutput {

  /**
   * The model's property names, each with its quoted UTF-8 form made once, which the generator copies instead of
   * escaping the name anew; other names (extension properties) are written from their text.
   */
  private static final Map<String, SerializedString> MODEL_NAMES = Metamodel.propertyNames().stream()
      .collect(Collectors.toUnmodifiableMap(name -> name, SerializedString::new));

  private final JsonGenerator generator;
  private final JsonFactory parsers;

  Jackson2Output(JsonGenerator generator, JsonFactory parsers) {
    this.generator = generator;
    this.parsers = parsers;
  }

  @Override
  public void startObject() {
    try {
      generator.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endObject() {
    try {
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startArray() {
    try {
      generator.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endArray() {
    try {
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(String name) {
    SerializedString known = MODEL_NAMES.get(name);
    try {
      if (known != null) {
        generator.writeFieldName(known);
      } else {
        generator.writeFieldName(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      generator.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void number(String plainNumber) {
    try {
      generator.writeNumber(plainNumber);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void number(long value) {
    try {
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void number(double value) {
    try {
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      generator.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void json(String json) {
    try (JsonParser parser = parsers.createParser(json)) {
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
          case FIELD_NAME:
            generator.writeFieldName(parser.currentName());
            break;
          case VALUE_STRING:
            generator.writeString(parser.getText());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            generator.writeNumber(parser.getText());
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
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try (JsonGenerator closing = generator) {
      if (closing.getOutputContext().inRoot() && closing.getOutputContext().getEntryCount() > 0) {
        closing.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
