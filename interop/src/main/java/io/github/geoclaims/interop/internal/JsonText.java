package io.github.geoclaims.interop.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON text in and out: a tree parsed with duplicate keys rejected, and a tree written the same way every time
 * (two-space indentation, {@code \n} line ends, {@code "name": value}, properties in insertion order), so that the same export gives the
 * same bytes on every machine.
 */
public final class JsonText {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonText() {}

  /** Returns a new empty object node. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Returns a new empty array node. */
  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /**
   * Returns the tree as indented JSON text ending with a line feed.
   *
   * @param value the tree
   * @return the text
   */
  public static String write(JsonNode value) {
    try {
      return PRETTY.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the tree as compact JSON text, as a geoclaims extension value holds it.
   *
   * @param value the tree
   * @return the text
   */
  public static String compact(JsonNode value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses JSON text into a tree.
   *
   * @param json the text
   * @return the tree
   * @throws GeoClaimsJsonException with one problem ({@code json.empty}, {@code json.duplicate-key} or
   *     {@code json.syntax}, with line and column) if the text is not one well-formed JSON value
   */
  public static JsonNode read(String json) {
    if (json.isBlank()) {
      throw new GeoClaimsJsonException(List.of(new JsonProblem("", -1, -1, "json.empty",
          "Expected a JSON value but the input is empty")));
    }
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      boolean duplicate = e.getOriginalMessage().startsWith("Duplicate field");
      throw new GeoClaimsJsonException(List.of(new JsonProblem("",
          location == null ? -1 : location.getLineNr(), location == null ? -1 : location.getColumnNr(),
          duplicate ? "json.duplicate-key" : "json.syntax",
          (duplicate ? "Each property may appear once: " : "The input is not well-formed JSON: ")
              + e.getOriginalMessage())));
    }
  }
}
