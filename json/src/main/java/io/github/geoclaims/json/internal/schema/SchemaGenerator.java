package io.github.geoclaims.json.internal.schema;

import io.github.geoclaims.json.internal.wire.DocumentLayout;
import io.github.geoclaims.json.schema.GeoClaimsSchema;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueKind;
import io.github.geoclaims.validation.constraints.Attributed;
import io.github.geoclaims.validation.constraints.CountryCode;
import io.github.geoclaims.validation.constraints.HttpUrl;
import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.InformationCredibility;
import io.github.geoclaims.validation.constraints.LanguageTag;
import io.github.geoclaims.validation.constraints.NotBlank;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import io.github.geoclaims.validation.constraints.NotEmpty;
import io.github.geoclaims.validation.constraints.Positive;
import io.github.geoclaims.validation.constraints.PositiveOrZero;
import io.github.geoclaims.validation.constraints.Probability;
import io.github.geoclaims.validation.constraints.Reference;
import io.github.geoclaims.validation.constraints.SourceReliability;
import io.github.geoclaims.validation.constraints.WikidataId;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Generates the JSON Schema (draft 2020-12) of the wire format from the metamodel: one definition per model type
 * with its properties, their JSON types and the constraints a schema can state, and one per vocabulary. The build
 * runs {@link #main(String[])} to put the schema into the jar; a golden test holds it to the checked-in copy
 * ({@code docs/geoclaims-1.schema.json}), so that every change of the format shows in review.
 *
 * <p>Rules across objects (references, uniqueness, quotes against the source text) are left to the reader; so is a
 * constraint this class has no fragment for, which a test lists so that none goes unnoticed.
 *
 * <p>Internal API.
 *
 * <pre>{@code
 * String schema = SchemaGenerator.generate();
 * }</pre>
 */
public final class SchemaGenerator {

  private static final String EXTENSION_NAME = "^x-[A-Za-z0-9][A-Za-z0-9._-]*$";
  private static final String EXTENSION_TERM = "^x(-[a-z0-9]+)+$";
  private static final int INT_MAX = Integer.MAX_VALUE;

  /** What a value constraint says in a schema, by constraint: a reference to a shared definition, or a fragment. */
  private static final Map<Class<? extends Annotation>, Supplier<Map<String, Object>>> FRAGMENTS = Map.ofEntries(
      Map.entry(Identifier.class, () -> ref("Identifier")),
      Map.entry(Reference.class, () -> ref("Reference")),
      Map.entry(NotBlank.class, () -> ref("NonBlankString")),
      Map.entry(NotBlankIfPresent.class, () -> ref("OptionalText")),
      Map.entry(HttpUrl.class, () -> ref("HttpUrl")),
      Map.entry(PositiveOrZero.class, () -> ref("Offset")),
      Map.entry(NotEmpty.class, () -> object("type", "string", "minLength", 1)),
      Map.entry(CountryCode.class, () -> object("description",
          "An ISO 3166-1 alpha-2 code (the reader also checks that the code exists).", "type", "string",
          "pattern", "^[A-Z]{2}$")),
      Map.entry(WikidataId.class, () -> object("type", "string", "pattern", "^Q[1-9][0-9]*$")),
      Map.entry(LanguageTag.class, () -> object("description",
          "A BCP 47 language tag (the reader also checks that it is well-formed).", "type", "string",
          "pattern", "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")),
      Map.entry(Positive.class, () -> object("type", "integer", "minimum", 1, "maximum", INT_MAX)),
      Map.entry(Probability.class, () -> object("type", "number", "minimum", 0, "maximum", 1)),
      Map.entry(SourceReliability.class, () -> object("type", "string", "enum", List.of("A", "B", "C", "D", "E", "F"))),
      Map.entry(InformationCredibility.class, () -> object("type", "integer", "minimum", 1, "maximum", 6)));

  /** The constraints on a list as a whole that make it required and non-empty. */
  private static final List<Class<? extends Annotation>> NON_EMPTY_LISTS = List.of(Attributed.class, NotEmpty.class);

  private SchemaGenerator() {}

  /**
   * Writes the schema to a file: what the build runs.
   *
   * @param args one argument, the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaGenerator FILE");
    }
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, generate(), StandardCharsets.UTF_8);
  }

  /**
   * Returns the schema as JSON text in the canonical layout, ending with a line break.
   *
   * <pre>{@code
   * String schema = SchemaGenerator.generate();
   * }</pre>
   */
  public static String generate() {
    Map<String, Object> defs = new LinkedHashMap<>();
    sharedDefinitions(defs);
    for (ModelType<?> type : Metamodel.types()) {
      for (Property property : type.properties()) {
        if (property.kind() == ValueKind.TERM) {
          defs.computeIfAbsent(property.valueType().getSimpleName(), name -> vocabulary(property.valueType()));
        }
      }
    }
    for (ModelType<?> type : Metamodel.types()) {
      defs.put(type.name(), type(type));
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", GeoClaimsSchema.DIALECT);
    schema.put("$id", GeoClaimsSchema.ID);
    schema.put("title", "geoclaims JSON wire format " + DocumentLayout.MAJOR + ".x: a ClaimDocument");
    schema.put("description", "The structure the geoclaims-json reader accepts (docs/wire-format.md), generated from"
        + " the model. It checks types, required and unknown properties, vocabularies, identifiers, time points and"
        + " number ranges; rules across objects (references resolve, identifiers are unique, quotes match the source"
        + " text) and some value checks (existing country codes, days of a month) are left to the reader. The $id is"
        + " a name, not a download location.");
    schema.put("$ref", "#/$defs/" + DocumentLayout.DOCUMENT.name());
    schema.put("$defs", defs);
    return JsonText.of(schema);
  }

  /**
   * Returns the constraints this generator states in the schema, for the test that lists the model's constraints
   * the schema leaves to the reader.
   */
  public static List<Class<? extends Annotation>> statedConstraints() {
    List<Class<? extends Annotation>> stated = new ArrayList<>(FRAGMENTS.keySet());
    stated.addAll(NON_EMPTY_LISTS);
    return List.copyOf(stated);
  }

  private static void sharedDefinitions(Map<String, Object> defs) {
    defs.put("Identifier", object("description", "An identifier: 1-128 characters, ASCII letters, digits and"
        + " . _ : -, starting with a letter or digit.", "type", "string", "pattern", "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"));
    defs.put("Reference", object("description", "A reference: an identifier of this document, or a document's"
        + " identifier, '/' and an identifier of that document (since 1.1).", "type", "string",
        "pattern", "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}(/[A-Za-z0-9][A-Za-z0-9._:-]{0,127})?$"));
    defs.put("NonBlankString", object("description", "A string with at least one character that is not whitespace"
        + " (as Java's String.isBlank).", "type", "string",
        "pattern", "[^\\t\\n\\u000b\\f\\r\\u001c-\\u001f \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]"));
    defs.put("OptionalText", object("description", "An optional text: when present, not blank (at least one character"
        + " other than space, tab, line feed, vertical tab, form feed, carriage return).", "type", "string",
        "pattern", "[^ \\t\\n\\u000b\\f\\r]"));
    defs.put("HttpUrl", object("description", "An absolute http or https URL with a host.", "type", "string",
        "pattern", "^https?://[^/?#]"));
    String day = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";
    defs.put("TimePoint", object("description", "An ISO 8601 time point with its own precision: a year, a month, a"
        + " day, or a date-time with an offset (seconds and a fraction optional on input; written with seconds).",
        "type", "string", "anyOf", List.of(
            object("title", "year", "type", "string", "pattern", "^[0-9]{4}$"),
            object("title", "month", "type", "string", "pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$"),
            object("title", "day", "type", "string", "pattern", day + "$"),
            object("title", "instant", "type", "string", "pattern", day + "T([01][0-9]|2[0-3]):[0-5][0-9]"
                + "(:[0-5][0-9](\\.[0-9]{0,9})?)?([Zz]|[+-](0[0-9]|1[0-8])(:[0-5][0-9](:[0-5][0-9])?)?)$"))));
    defs.put("Offset", object("description", "A code-point offset into a source text.", "type", "integer",
        "minimum", 0, "maximum", INT_MAX));
    defs.put("Decimal", object("description", "An exact decimal, written in plain notation (no exponent); read"
        + " without rounding.", "type", "number"));
    defs.put("ExtensionValue", object("description", "The value of an extension property: any JSON value, kept as"
        + " it is."));
  }

  private static Map<String, Object> vocabulary(Class<?> termType) {
    List<String> standard = new ArrayList<>();
    for (Object term : standardValues(termType)) {
      standard.add(((Term) term).value());
    }
    return object("description", termType.getSimpleName() + ": a standard value, or an extension value starting"
        + " with x- (lower-case words joined by hyphens).", "type", "string", "anyOf", List.of(
            object("title", "standard", "enum", standard),
            object("title", "extension", "type", "string", "pattern", EXTENSION_TERM)));
  }

  /** The standard values of a vocabulary, from its {@code standardValues()}. */
  private static List<?> standardValues(Class<?> termType) {
    try {
      return (List<?>) termType.getMethod("standardValues").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(termType.getName() + " has no public static standardValues()", e);
    }
  }

  private static Map<String, Object> type(ModelType<?> type) {
    boolean document = type == DocumentLayout.DOCUMENT;
    List<String> required = new ArrayList<>();
    Map<String, Object> properties = new LinkedHashMap<>();
    if (document) {
      required.add(DocumentLayout.SCHEMA_VERSION);
      properties.put(DocumentLayout.SCHEMA_VERSION, object("description", "The version of the wire format: major "
          + DocumentLayout.MAJOR + ", any minor.", "type", "string",
          "pattern", "^" + DocumentLayout.MAJOR + "\\." + DocumentLayout.VERSION_NUMBER + "$"));
    }
    for (Property property : type.properties()) {
      boolean nonEmptyList = property.cardinality() == Cardinality.LIST
          && property.containerConstraints().stream().anyMatch(c -> NON_EMPTY_LISTS.contains(c.annotationType()));
      if (property.cardinality() == Cardinality.REQUIRED || nonEmptyList) {
        required.add(property.name());
      }
      properties.put(property.name(), property(property, nonEmptyList));
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    if (!type.description().isEmpty()) {
      schema.put("description", type.description());
    }
    schema.put("type", "object");
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("properties", properties);
    if (type.isExtensible()) {
      schema.put("patternProperties", object(EXTENSION_NAME, ref("ExtensionValue")));
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static Map<String, Object> property(Property property, boolean nonEmptyList) {
    Map<String, Object> value = value(property);
    Map<String, Object> schema = new LinkedHashMap<>();
    if (!property.description().isEmpty()) {
      schema.put("description", description(property));
    }
    if (property.cardinality() == Cardinality.LIST) {
      schema.put("type", "array");
      schema.put("items", value);
      if (nonEmptyList) {
        schema.put("minItems", 1);
      }
    } else {
      value.forEach(schema::putIfAbsent);
    }
    return schema;
  }

  /** The schema of one value: the first constraint with a fragment, or else the value's kind. */
  private static Map<String, Object> value(Property property) {
    for (Annotation constraint : property.valueConstraints()) {
      Supplier<Map<String, Object>> fragment = FRAGMENTS.get(constraint.annotationType());
      if (fragment != null) {
        return fragment.get();
      }
    }
    return switch (property.kind()) {
      case STRING -> object("type", "string");
      case TERM, OBJECT -> ref(property.valueType().getSimpleName());
      case TIME_POINT -> ref("TimePoint");
      case DECIMAL -> ref("Decimal");
      case INTEGER -> object("type", "integer", "minimum", Integer.MIN_VALUE, "maximum", INT_MAX);
      case DOUBLE -> object("type", "number");
      case BOOLEAN -> object("type", "boolean");
    };
  }

  /** A property's description: its accessor's first sentence, worded as a description ("The ..."). */
  private static String description(Property property) {
    String text = property.description();
    if (text.startsWith("Returns ")) {
      text = Character.toUpperCase(text.charAt(8)) + text.substring(9);
    }
    return text;
  }

  private static Map<String, Object> ref(String definition) {
    return object("$ref", "#/$defs/" + definition);
  }

  /** A JSON object from alternating names and values, in order. */
  private static Map<String, Object> object(Object... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }
}
