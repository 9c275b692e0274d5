package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.schema.GeoClaimsSchema;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.VerificationStatus;
import io.github.geoclaims.testing.DocumentGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shipped JSON Schema: well-formed, strict, and in agreement with the reader. */
class SchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final GeoClaimsJson json = GeoClaimsJson.standard();

  // ------------------------------------------------------------------ the resource

  @Test
  void theSchemaIsAJarResourceAtTheStablePathWithItsIdAndDialect() throws IOException {
    assertThat(GeoClaimsSchema.RESOURCE_PATH).isEqualTo("io/github/geoclaims/json/schema/geoclaims-1.schema.json");
    assertThat(GeoClaimsJson.class.getClassLoader().getResource(GeoClaimsSchema.RESOURCE_PATH)).isNotNull();
    JsonNode schema = MAPPER.readTree(GeoClaimsSchema.text());
    assertThat(schema.get("$id").asText()).isEqualTo(GeoClaimsSchema.ID)
        .startsWith("https://github.com/geoclaims/");
    assertThat(schema.get("$schema").asText()).isEqualTo(GeoClaimsSchema.DIALECT)
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    try (InputStream in = GeoClaimsSchema.openStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(GeoClaimsSchema.text());
    }
    assertThat(GeoClaimsSchema.text()).endsWith("}\n");
  }

  @Test
  void theSchemaIsValidAgainstTheDraft202012MetaSchema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(GeoClaimsSchema.DIALECT));
    assertThat(meta.validate(GeoClaimsSchema.text(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaCompilesWithUnknownKeywordsAsErrors() {
    // Compiling is lazy for $refs: validating the full document walks every definition.
    assertThat(SchemaSupport.errors(json.write(TestDocuments.full()))).isEmpty();
    // and the strict dialect does reject an unknown keyword, so the line above means something
    String typo = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\","
        + " \"propertiez\": {}}";
    assertThatThrownBy(() -> SchemaSupport.REGISTRY.getSchema(typo, InputFormat.JSON).validate("{}", InputFormat.JSON))
        .hasMessageContaining("propertiez");
  }

  @Test
  void everyVocabularyListsExactlyTheStandardValuesPlusTheExtensionPattern() throws IOException {
    JsonNode defs = MAPPER.readTree(GeoClaimsSchema.text()).get("$defs");
    Map<String, List<? extends Term>> vocabularies = new LinkedHashMap<>();
    vocabularies.put("ActorKind", ActorKind.standardValues());
    vocabularies.put("SourceKind", SourceKind.standardValues());
    vocabularies.put("AttributionMode", AttributionMode.standardValues());
    vocabularies.put("Stance", Stance.standardValues());
    vocabularies.put("Modality", Modality.standardValues());
    vocabularies.put("VerificationStatus", VerificationStatus.standardValues());
    vocabularies.put("RelationKind", RelationKind.standardValues());
    vocabularies.put("EventKind", EventKind.standardValues());
    vocabularies.put("ParticipantRole", ParticipantRole.standardValues());
    vocabularies.forEach((name, values) -> {
      JsonNode anyOf = defs.get(name).get("anyOf");
      List<String> listed = new ArrayList<>();
      anyOf.get(0).get("enum").forEach(value -> listed.add(value.asText()));
      assertThat(listed).as(name).containsExactlyElementsOf(values.stream().map(Term::value).toList());
      assertThat(anyOf.get(1).get("pattern").asText()).as(name).isEqualTo("^x(-[a-z0-9]+)+$");
    });
  }

  // ------------------------------------------------------------------ valid documents validate

  @TestFactory
  Stream<DynamicTest> everyDocumentTheTestsWriteOrReadValidates() throws IOException {
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("TestDocuments.full()", json.write(TestDocuments.full()));
    documents.put("TestDocuments.sample()", json.write(TestDocuments.sample()));
    documents.put("fixtures/full.json", new String(RoundTripTest.fixture("full.json"), StandardCharsets.UTF_8));
    documents.put("hostile/bom-valid.json", json.write(json.read(resource("/hostile/bom-valid.json"))));
    documents.put("minimal", "{\"schemaVersion\": \"1.7\", \"id\": \"empty\"}");
    documents.put("explicit empty lists and false", Problems.sample().replace("\"id\": \"north-korea\",",
        "\"id\": \"north-korea\", \"aliases\": [], \"roles\": [{\"title\": \"t\", \"former\": false}],"));
    documents.put("exponent and minute-precision instant", Problems.sample()
        .replace("\"eventKind\": \"arms-transfer\",",
            "\"eventKind\": \"arms-transfer\", \"quantities\": [{\"unit\": \"u\", \"value\": 2.50E2}],")
        .replace("\"at\": \"2023-10-13\"", "\"at\": \"2023-10-13T09:30Z\""));
    return documents.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      json.read(entry.getValue()); // the reader accepts it, so the schema must
      assertThat(SchemaSupport.errors(entry.getValue())).isEmpty();
    }));
  }

  @Test
  void generatedDocumentsThatTheReaderAcceptsValidate() {
    for (long seed = 0; seed < 300; seed++) {
      ClaimDocument document = new DocumentGenerator(seed).validDocument();
      String text = json.write(document);
      assertThat(json.read(text)).isEqualTo(document);
      List<Error> errors = SchemaSupport.errors(text);
      assertThat(errors).as("document of seed %d:%n%s", seed, text).isEmpty();
    }
  }

  @Test
  void timePointPatternsAcceptWhatTheReaderAcceptsAndRejectWhatItRejects() {
    List<String> accepted = List.of("0000", "2022", "9999", "2023-08", "2023-12", "2024-01-09", "2024-02-29",
        "2024-01-09T14:30:00Z", "2024-01-09T14:30Z", "2024-01-09T14:30:00z", "2024-01-09T14:30:00+09:00",
        "2024-01-09T14:30:00-00:00", "2024-01-09T14:30:00+09", "2024-01-09T14:30:00+09:00:00",
        "2024-01-09T14:30:00.123456789+18:00", "2024-01-09T23:59:59.5Z",
        "2024-01-09T14:30:00.Z");
    List<String> rejected = List.of("22", "20222", "2023-8", "2023-00", "2023-13", "2024-1-09", "2024-01-32",
        "2024-01-09T14:30:00", "2024-01-09 14:30:00Z", "2024-01-09t14:30:00Z", "2024-01-09T24:00:00Z",
        "2024-01-09T14:60:00Z", "2024-01-09T14:30:60Z", "2024-01-09T14:30.00Z",
        "2024-01-09T14:30:00.1234567891Z", "2024-01-09T14:30:00+0900", "2024-01-09T14:30:00+19:00",
        "2024-01-09T14:30:00+9:00", "2023-10-14 ", " 2023", "", "yesterday", "２０２３");
    for (String text : accepted) {
      TimePoint.parse(text);
      assertThat(SchemaSupport.errors(withPublishedAt(text))).as(text).isEmpty();
    }
    for (String text : rejected) {
      assertThatThrownBy(() -> TimePoint.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
      assertThat(SchemaSupport.errors(withPublishedAt(text))).as(text).isNotEmpty();
      assertThat(Problems.of(withPublishedAt(text))).extracting(JsonProblem::code).as(text).contains("json.time");
    }
  }

  private static String withPublishedAt(String time) {
    return Problems.sample().replace("\"publishedAt\": \"2023-10-14\"",
        "\"publishedAt\": \"" + time.replace("\"", "\\\"") + "\"");
  }

  // ------------------------------------------------------------------ invalid documents are rejected by both

  @TestFactory
  Stream<DynamicTest> structurallyInvalidDocumentsAreRejectedByTheSchemaAndTheStrictReader() {
    return invalidDocuments().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      String text = entry.getValue().get();
      assertThat(SchemaSupport.errors(text)).as("schema errors").isNotEmpty();
      assertThat(Problems.of(text)).as("reader problems").isNotEmpty();
    }));
  }

  /** Documents that break the format, each in one way; also written out for the Ajv check. */
  static Map<String, Supplier<String>> invalidDocuments() {
    String sample = Problems.sample();
    Map<String, Supplier<String>> invalid = new LinkedHashMap<>();
    invalid.put("missing required claim proposition",
        () -> replace(sample, "\"proposition\": \"North Korea shipped containers to Russia.\",", ""));
    invalid.put("missing required actor name", () -> replace(sample, ",\n      \"name\": \"Russia\"", ""));
    invalid.put("missing required document id", () -> replace(sample, "\"id\": \"sample\",", ""));
    invalid.put("missing schemaVersion", () -> replace(sample, "\"schemaVersion\": \"1.1\",", ""));
    invalid.put("wrong type: number for a string", () -> replace(sample, "\"id\": \"shipped\"", "\"id\": 5"));
    invalid.put("wrong type: string for an array", () -> replace(sample, "\"participants\": [",
        "\"participants\": \"north-korea\", \"x-old\": ["));
    invalid.put("wrong type: null", () -> replace(sample, "\"id\": \"sample\",", "\"id\": \"sample\", \"title\": null,"));
    invalid.put("wrong type: fraction for an integer offset", () -> replace(sample, "\"end\": 20", "\"end\": 20.5"));
    invalid.put("unknown property of a claim", () -> replace(sample, "\"id\": \"shipped\",",
        "\"id\": \"shipped\", \"colour\": \"red\","));
    invalid.put("x- property on a type without extensions", () -> replace(sample, "\"role\": \"agent\"",
        "\"role\": \"agent\", \"x-weight\": 1"));
    invalid.put("extra top-level property", () -> replace(sample, "\"id\": \"sample\",",
        "\"id\": \"sample\", \"generator\": \"test\","));
    invalid.put("malformed extension name", () -> replace(sample, "\"id\": \"sample\",",
        "\"id\": \"sample\", \"x-\": 1,"));
    invalid.put("vocabulary value neither standard nor x-", () -> replace(sample, "\"arms-transfer\"",
        "\"arms-deal\""));
    invalid.put("malformed x- vocabulary value", () -> replace(sample, "\"arms-transfer\"", "\"x-Arms_Deal\""));
    invalid.put("bad time format", () -> replace(sample, "\"2023-10-14\"", "\"14.10.2023\""));
    invalid.put("instant without offset", () -> replace(sample, "\"at\": \"2023-10-13\"",
        "\"at\": \"2023-10-13T10:00:00\""));
    invalid.put("negative offset", () -> replace(sample, "\"start\": 0", "\"start\": -1"));
    invalid.put("bad identifier", () -> replace(sample, "\"id\": \"shipped\"", "\"id\": \"shipped claim\""));
    invalid.put("unsupported major version", () -> replace(sample, "\"1.1\"", "\"2.0\""));
    invalid.put("malformed version", () -> replace(sample, "\"1.1\"", "\"1.0.0\""));
    invalid.put("version as a number", () -> replace(sample, "\"1.1\"", "1.0"));
    invalid.put("claim without attributions", () -> sample.substring(0, sample.indexOf(",\n      \"attributions\""))
        + "\n    }\n  ]\n}\n");
    invalid.put("confidence above 1", () -> replace(sample, "\"id\": \"shipped\",", "\"id\": \"shipped\","
        + " \"assessments\": [{\"status\": \"confirmed\", \"rationale\": \"r\", \"confidence\": 1.5}],"));
    invalid.put("credibility out of range", () -> replace(sample, "\"id\": \"shipped\",", "\"id\": \"shipped\","
        + " \"assessments\": [{\"status\": \"disputed\", \"rationale\": \"r\", \"admiraltyRating\":"
        + " {\"sourceReliability\": \"G\", \"informationCredibility\": 7}}],"));
    invalid.put("blank required text", () -> replace(sample, "\"North Korea shipped containers to Russia.\"",
        "\" \\t \""));
    invalid.put("a top-level array", () -> "[" + sample + "]");
    return invalid;
  }

  private static String replace(String text, String target, String replacement) {
    assertThat(text).contains(target);
    return text.replace(target, replacement);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SchemaTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Lists the errors for a message. */
  static String describe(List<Error> errors) {
    return errors.stream().map(Error::toString).collect(Collectors.joining("\n"));
  }
}
