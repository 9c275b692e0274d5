package io.github.geoclaims.interop.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.geoclaims.interop.Export;
import io.github.geoclaims.interop.TestDocuments;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.TimePoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each rule cites the section of STIX Version 2.1 (OASIS Standard, 10 June 2021) it comes from. */
class StixExporterTest {

  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
  private static final Pattern IDENTIFIER = Pattern.compile("([a-z0-9-]+)--([0-9a-f-]{36})");

  /** The common properties of section 3.2 that this export writes. */
  private static final Set<String> COMMON_PROPERTIES =
      Set.of("type", "spec_version", "id", "created", "modified", "created_by_ref", "external_references");

  private final ClaimDocument document = TestDocuments.document();
  private final Export export = new StixExporter().export(document);
  private final JsonNode bundle = TestDocuments.tree(export.json());

  @Test
  void theBundleHasTypeIdAndObjectsAndNoCommonPropertiesOfItsOwn() {
    // Section 8: a bundle has type "bundle", an id "bundle--UUID" and objects; spec_version was removed in 2.1.
    assertThat(bundle.get("type").asText()).isEqualTo("bundle");
    assertThat(bundle.get("id").asText()).startsWith("bundle--");
    assertThat(bundle.get("objects").isArray()).isTrue();
    assertThat(bundle.has("spec_version")).isFalse();
  }

  @Test
  void everyObjectCarriesTheCommonRequiredProperties() {
    // Section 3.2 (common properties): type, spec_version "2.1", id, created and modified on every SDO and SRO.
    for (JsonNode object : objects()) {
      assertThat(object.get("spec_version").asText()).as(object.toString()).isEqualTo("2.1");
      assertThat(object.get("id").asText()).startsWith(object.get("type").asText() + "--");
      assertThat(object.get("created").asText()).matches(TIMESTAMP);
      assertThat(object.get("modified").asText()).isEqualTo(object.get("created").asText());
    }
  }

  @Test
  void timestampsAreUtcToTheMillisecondEndingInZ() {
    // Section 2.15 (timestamp) and 3.2: created and modified MUST be precise to the millisecond, in UTC with Z.
    assertThat(objects()).allSatisfy(object -> assertThat(object.get("created").asText()).matches(TIMESTAMP));
    assertThat(ofType("report")).allSatisfy(report -> assertThat(report.get("published").asText()).matches(TIMESTAMP));
  }

  @Test
  void createdIsTheLatestTimeTheDocumentStates() {
    // The check source was published 2024-02-01T10:00:00Z, later than any other stated time.
    assertThat(objects().get(0).get("created").asText()).isEqualTo("2024-02-01T10:00:00.000Z");
  }

  @Test
  void aDocumentThatStatesNoTimeGetsTheDocumentedConstantRatherThanTheTimeOfExport() {
    ClaimDocument undated = document.withSources(document.getSources().stream()
        .map(source -> source.withPublishedAt(java.util.Optional.<TimePoint>empty())).toList())
        .withClaims(List.of());

    JsonNode undatedBundle = TestDocuments.tree(new StixExporter().export(undated).json());

    assertThat(undatedBundle.get("objects").get(0).get("created").asText()).isEqualTo(StixExporter.NO_STATED_TIME);
  }

  @Test
  void identifiersAreVersion5UuidsOfTheGeoclaimsIdentifierInTheFixedNamespace() {
    // Section 2.9 (identifier): type--UUID; the UUID is RFC 4122 and, here, name-based (version 5).
    for (JsonNode object : objects()) {
      var matcher = IDENTIFIER.matcher(object.get("id").asText());
      assertThat(matcher.matches()).isTrue();
      assertThat(UUID.fromString(matcher.group(2)).version()).isEqualTo(5);
    }
    JsonNode kirby = byName("identity", "John Kirby");
    assertThat(kirby.get("id").asText()).isEqualTo("identity--"
        + NameBasedUuid.v5(NameBasedUuid.GEOCLAIMS_STIX, "interop-test/actor/john-kirby"));
  }

  @Test
  void identifiersAreUniqueInTheBundle() {
    Set<String> ids = new HashSet<>();
    objects().forEach(object -> assertThat(ids.add(object.get("id").asText())).as(object.toString()).isTrue());
  }

  @Test
  void exportingTwiceGivesIdenticalBytes() {
    assertThat(new StixExporter().export(TestDocuments.document()).json()).isEqualTo(export.json());
  }

  @Test
  void everyReferenceResolvesInsideTheBundle() {
    // Section 3.2 (created_by_ref), 4.16 and 4.14 (object_refs), 5.1 (source_ref, target_ref): every *_ref and
    // *_refs value names an object here.
    Set<String> ids = new HashSet<>();
    objects().forEach(object -> ids.add(object.get("id").asText()));
    List<String> references = new ArrayList<>();
    for (JsonNode object : objects()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().endsWith("_ref")) {
          references.add(field.getValue().asText());
        } else if (field.getKey().endsWith("_refs")) {
          field.getValue().forEach(reference -> references.add(reference.asText()));
        }
      }
    }
    assertThat(references).isNotEmpty();
    assertThat(ids).containsAll(references);
  }

  @Test
  void identitiesHaveANameAndTheIdentityClassOfTheirActorKind() {
    // Section 4.5 (identity): name is required; identity_class from identity-class-ov (section 10.7).
    assertThat(byName("identity", "John Kirby").get("identity_class").asText()).isEqualTo("individual");
    assertThat(byName("identity", "Russia").get("identity_class").asText()).isEqualTo("organization");
    assertThat(byName("identity", "Fact Desk").get("identity_class").asText()).isEqualTo("organization");
    assertThat(byName("identity", "The allies").get("identity_class").asText()).isEqualTo("group");
    assertThat(byName("identity", "U.S. officials").get("identity_class").asText()).isEqualTo("unknown");
    assertThat(ofType("identity")).allSatisfy(identity -> assertThat(identity.get("identity_class").asText())
        .isIn("individual", "group", "system", "organization", "class", "unknown"));
  }

  @Test
  void reportsHaveANamePublishedAndNonEmptyObjectRefs() {
    // Section 4.16 (report): name, published and object_refs are required; object_refs is a non-empty list.
    assertThat(ofType("report")).isNotEmpty().allSatisfy(report -> {
      assertThat(report.get("name").asText()).isNotBlank();
      assertThat(report.get("published").asText()).matches(TIMESTAMP);
      assertThat(report.get("object_refs").size()).isPositive();
    });
    assertThat(byName("report", "Containers").get("object_refs").toString())
        .contains("x-geoclaims-claim--", "relationship--", "identity--");
  }

  @Test
  void aReportIsPublishedWhenItsSourceWasAndASourceNothingRefersToIsSkippedAndReported() {
    JsonNode briefing = byGeoclaimsId("report", "interop-test/briefing");
    assertThat(briefing.get("published").asText()).isEqualTo("2024-01-04T00:00:00.000Z");
    assertThat(briefing.get("external_references").get(0).get("url").asText()).isEqualTo("https://example.org/briefing");
    assertThat(export.report().skipped()).anySatisfy(skip -> assertThat(skip.item()).isEqualTo("/sources/3"));
  }

  @Test
  void claimsAreCustomObjectsThatFollowTheCustomObjectRules() {
    // Section 11.2 (custom objects): the type is 3 to 250 characters of a-z, 0-9 and hyphen and starts with "x-";
    // custom object property names are 3 to 250 characters of a-z, 0-9 and underscore; the common properties apply.
    assertThat(StixExporter.CLAIM_TYPE).matches("x-[a-z0-9-]{1,248}");
    List<JsonNode> claims = ofType(StixExporter.CLAIM_TYPE);
    assertThat(claims).hasSize(2);
    for (JsonNode claim : claims) {
      claim.fieldNames().forEachRemaining(name -> {
        if (!COMMON_PROPERTIES.contains(name)) {
          assertThat(name).matches("[a-z0-9_]{3,250}");
        }
      });
    }
    JsonNode shipped = claims.get(0);
    assertThat(shipped.get("proposition").asText()).isEqualTo("North Korea shipped containers to Russia.");
    assertThat(shipped.get("event_kind").asText()).isEqualTo("arms-transfer");
    assertThat(shipped.get("participant_refs")).hasSize(2);
  }

  @Test
  void customPropertiesOnStandardObjectsFollowTheNamingRules() {
    // Section 11.1 (custom properties): names of a-z, 0-9 and underscore, 3 to 250 characters; ours start with x_.
    List<String> custom = new ArrayList<>();
    objects().forEach(object -> object.fieldNames().forEachRemaining(name -> {
      if (name.startsWith("x_")) {
        custom.add(name);
      }
    }));
    assertThat(custom).isNotEmpty().allSatisfy(name -> assertThat(name).matches("[a-z0-9_]{3,250}"));
  }

  @Test
  void attributionsAreRelationshipsFromTheClaimantToTheClaimTypedByTheStance() {
    // Section 5.1 (relationship): relationship_type, source_ref and target_ref are required; relationship_type is
    // lower case letters, digits and hyphens.
    JsonNode kirby = byGeoclaimsId("relationship", "interop-test/a-kirby");
    assertThat(kirby.get("relationship_type").asText()).isEqualTo("asserts");
    assertThat(kirby.get("source_ref").asText()).isEqualTo(byName("identity", "John Kirby").get("id").asText());
    assertThat(kirby.get("target_ref").asText()).startsWith("x-geoclaims-claim--");
    assertThat(kirby.get("x_geoclaims_mode").asText()).isEqualTo("reported-speech");
    assertThat(ofType("relationship")).allSatisfy(relationship -> {
      assertThat(relationship.get("relationship_type").asText()).matches("[a-z0-9-]{3,250}");
      assertThat(relationship.has("source_ref")).isTrue();
      assertThat(relationship.has("target_ref")).isTrue();
    });
  }

  @Test
  void assessmentsAreOpinionsOnTheFivePointScaleAboutTheirClaim() {
    // Section 4.14 (opinion): opinion (opinion-enum, section 10.9) and object_refs are required.
    List<JsonNode> opinions = ofType("opinion");
    assertThat(opinions).extracting(opinion -> opinion.get("opinion").asText())
        .containsExactly("neutral", "strongly-disagree", "strongly-agree");
    assertThat(opinions).allSatisfy(opinion -> {
      assertThat(opinion.get("opinion").asText())
          .isIn("strongly-disagree", "disagree", "neutral", "agree", "strongly-agree");
      assertThat(opinion.get("object_refs")).hasSize(1);
    });
    assertThat(opinions.get(1).get("explanation").asText()).isEqualTo("Shipping records show no such voyage.");
    assertThat(opinions.get(1).get("authors").get(0).asText()).isEqualTo("Fact Desk");
  }

  @Test
  void anExtensionStatusHasNoOpinionAndIsReported() {
    assertThat(export.report().skipped()).anySatisfy(skip -> {
      assertThat(skip.item()).isEqualTo("/claims/1/assessments/1");
      assertThat(skip.reason()).contains("x-pending-review");
    });
  }

  @Test
  void confidenceComesFromAdmiraltyCredibilityByAppendixAElseFromTheProbability() {
    // Section 3.2 (confidence): an integer 0-100; Appendix A maps Admiralty credibility 2 to 70.
    List<JsonNode> opinions = ofType("opinion");
    assertThat(opinions.get(0).has("confidence")).isFalse();
    assertThat(opinions.get(1).get("confidence").asInt()).isEqualTo(10);
    assertThat(opinions.get(2).get("confidence").asInt()).isEqualTo(70);
  }

  @Test
  void claimRelationsAreRelationshipsAndOneToAnotherDocumentIsSkipped() {
    assertThat(ofType("relationship")).anySatisfy(relationship ->
        assertThat(relationship.get("relationship_type").asText()).isEqualTo("responds-to"));
    assertThat(export.report().skipped()).anySatisfy(skip -> {
      assertThat(skip.item()).isEqualTo("/relations/1");
      assertThat(skip.reason()).contains("other-document");
    });
  }

  @Test
  void theReportCountsEveryObjectExported() {
    assertThat(export.report().exported()).isEqualTo(objects().size());
  }

  private List<JsonNode> objects() {
    List<JsonNode> objects = new ArrayList<>();
    bundle.get("objects").forEach(objects::add);
    return objects;
  }

  private List<JsonNode> ofType(String type) {
    return objects().stream().filter(object -> object.get("type").asText().equals(type)).toList();
  }

  /** The object of a type whose geoclaims external reference is {@code DOCUMENT/ID}. */
  private JsonNode byGeoclaimsId(String type, String geoclaimsId) {
    return ofType(type).stream()
        .filter(object -> object.get("external_references").get(0).get("external_id").asText().equals(geoclaimsId))
        .findFirst().orElseThrow();
  }

  private JsonNode byName(String type, String name) {
    return ofType(type).stream().filter(object -> object.path("name").asText().equals(name)).findFirst()
        .orElseThrow();
  }
}
