package io.github.geoclaims.fuzzing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic mutations of a seed document as a JSON tree: values replaced by other identifiers of the document, terms,
 * dates, shifted offsets, odd numbers and types; properties dropped or added; array elements dropped, duplicated and
 * swapped; values moved elsewhere. The result is still well-formed JSON, so the fuzzer spends its time past the
 * parser.
 */
final class JsonTreeMutator {

  /** Reads numbers exactly as written (1.50 stays 1.50), like the facade. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<String> TOKENS = List.of("state", "person", "group", "news-article", "asserts",
      "denies", "reported", "direct-quote", "paraphrase", "reported-speech", "contradicts", "x-custom", "x-",
      "X-bad", "disputed", "agent", "recipient", "arms-transfer", "declines-to-comment", "", " ", "1.0", "1.7",
      "2.0", "1", "1.0.0", "01.0");

  private static final List<String> TIMES = List.of("2023", "2023-10", "2023-10-14", "2023-10-13", "2023-10-15",
      "2024-01-09T14:30:00+09:00", "2024-01-09T14:30Z", "2024-01-09T14:30:00.123456789Z", "2023-02-29",
      "2023-13", "0000", "9999-12-31", "10000", "-2023", "2023-10-14T25:00:00Z", "2023-10-14T10:00:00+19:00",
      "20231014", "2023-W41");

  private static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "20.5", "2147483647", "2147483648",
      "-2147483649", "1e3", "2.50E2", "1.5E+6", "0.000001", "1e-400", "1e400", "1E+99", "12345678901234567890.1230",
      "0.75", "1.0E-7", "-0.0");

  private final FuzzedDataProvider data;
  private final List<String> strings;
  private final List<String> names;

  private JsonTreeMutator(FuzzedDataProvider data, JsonNode root) {
    this.data = data;
    Set<String> foundStrings = new LinkedHashSet<>();
    Set<String> foundNames = new LinkedHashSet<>(List.of("x-extra", "unknown", "schemaVersion", "id", "x-"));
    collect(root, foundStrings, foundNames);
    this.strings = List.copyOf(foundStrings.isEmpty() ? Set.of("") : foundStrings);
    this.names = List.copyOf(foundNames);
  }

  /** Applies one to six mutations to the seed and returns the JSON bytes. */
  static byte[] mutate(byte[] seed, FuzzedDataProvider data) {
    try {
      JsonNode root = MAPPER.readTree(seed);
      JsonTreeMutator mutator = new JsonTreeMutator(data, root);
      int count = data.consumeInt(1, 6);
      for (int i = 0; i < count; i++) {
        root = mutator.mutateOnce(root);
      }
      return data.consumeBoolean() ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root)
          : MAPPER.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A place in the tree: an object's property or an array's element. */
  private record Slot(JsonNode parent, String name, int index) {
    JsonNode get() {
      return name != null ? parent.get(name) : parent.get(index);
    }

    void set(JsonNode value) {
      if (name != null) {
        ((ObjectNode) parent).set(name, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (name != null) {
        ((ObjectNode) parent).remove(name);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private JsonNode mutateOnce(JsonNode root) {
    List<Slot> slots = new ArrayList<>();
    collectSlots(root, slots);
    if (slots.isEmpty()) {
      return root;
    }
    Slot slot = data.pickValue(slots);
    JsonNode current = slot.get();
    switch (data.consumeInt(0, 10)) {
      case 0 -> slot.set(NODES.textNode(data.pickValue(strings)));
      case 1 -> slot.set(NODES.textNode(data.consumeString(24)));
      case 2 -> slot.set(current.isInt() ? NODES.numberNode(current.intValue() + data.consumeInt(-3, 3))
          : NODES.numberNode(data.consumeInt(-5, 300)));
      case 3 -> slot.set(number());
      case 4 -> slot.remove();
      case 5 -> {
        if (slot.parent().isArray()) {
          ((ArrayNode) slot.parent()).insert(data.consumeInt(0, slot.parent().size()), current.deepCopy());
        } else {
          ((ObjectNode) slot.parent()).set(data.pickValue(names), current.deepCopy());
        }
      }
      case 6 -> slot.set(data.pickValue(List.of(NODES.nullNode(), NODES.booleanNode(true),
          NODES.booleanNode(false), NODES.objectNode(), NODES.arrayNode())));
      case 7 -> {
        JsonNode container = slot.parent();
        if (container.isObject()) {
          ((ObjectNode) container).set(data.consumeBoolean() ? data.pickValue(names) : data.consumeString(8),
              data.pickValue(slots).get().deepCopy());
        } else if (container.size() > 1) {
          int other = data.consumeInt(0, container.size() - 1);
          JsonNode swapped = container.get(other);
          ((ArrayNode) container).set(other, current);
          slot.set(swapped);
        }
      }
      case 8 -> slot.set(data.pickValue(slots).get().deepCopy());
      case 9 -> slot.set(NODES.textNode(data.consumeBoolean() ? data.pickValue(TOKENS) : data.pickValue(TIMES)));
      default -> slot.set(data.consumeBoolean() ? NODES.arrayNode().add(current)
          : NODES.objectNode().set(data.pickValue(names), current));
    }
    return root;
  }

  private JsonNode number() {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> DecimalNode.valueOf(new BigDecimal(data.pickValue(NUMBERS)));
      case 1 -> DecimalNode.valueOf(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-150, 150)));
      case 2 -> NODES.numberNode(data.consumeDouble());
      default -> NODES.numberNode(data.consumeLong());
    };
  }

  private static void collectSlots(JsonNode node, List<Slot> slots) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        slots.add(new Slot(node, field.getKey(), -1));
        collectSlots(field.getValue(), slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        slots.add(new Slot(node, null, i));
        collectSlots(node.get(i), slots);
      }
    }
  }

  private static void collect(JsonNode node, Set<String> strings, Set<String> names) {
    if (node.isTextual()) {
      strings.add(node.textValue());
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        names.add(field.getKey());
        collect(field.getValue(), strings, names);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, strings, names);
      }
    }
  }
}
