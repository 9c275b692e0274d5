package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.json.spi.TokenOutput;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TimePoint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** The writing helpers the model writers share: omission of absent values, empty lists and defaults. */
final class Out {

  private final TokenOutput out;

  Out(TokenOutput out) {
    this.out = out;
  }

  TokenOutput tokens() {
    return out;
  }

  void start() {
    out.startObject();
  }

  void end() {
    out.endObject();
  }

  void string(String name, String value) {
    out.name(name);
    out.string(value);
  }

  void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  void term(String name, Term term) {
    string(name, term.value());
  }

  void time(String name, Optional<TimePoint> value) {
    if (value.isPresent()) {
      string(name, value.get().toString());
    }
  }

  void decimal(String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      out.name(name);
      out.number(value.get().toPlainString());
    }
  }

  void integer(String name, int value) {
    out.name(name);
    out.number((long) value);
  }

  void integer(String name, Optional<Integer> value) {
    if (value.isPresent()) {
      integer(name, value.get());
    }
  }

  void dbl(String name, Optional<Double> value) {
    if (value.isPresent()) {
      out.name(name);
      out.number(value.get().doubleValue());
    }
  }

  /** Writes {@code true}; {@code false} is the default and omitted. */
  void flag(String name, boolean value) {
    if (value) {
      out.name(name);
      out.bool(true);
    }
  }

  <T> void object(String name, Optional<T> value, BiConsumer<T, Out> writer) {
    if (value.isPresent()) {
      out.name(name);
      writer.accept(value.get(), this);
    }
  }

  void strings(String name, List<String> values) {
    if (!values.isEmpty()) {
      out.name(name);
      out.startArray();
      for (String value : values) {
        out.string(value);
      }
      out.endArray();
    }
  }

  <T> void list(String name, List<T> values, BiConsumer<T, Out> writer) {
    if (!values.isEmpty()) {
      out.name(name);
      out.startArray();
      for (T value : values) {
        writer.accept(value, this);
      }
      out.endArray();
    }
  }

  /**
   * Writes the extension properties inline, in insertion order.
   *
   * @param reserved the type's own property names, which an extension must not shadow
   */
  void extensions(String type, Map<String, String> extensions, Set<String> reserved) {
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
}
