package io.github.geoclaims.interop.stix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.geoclaims.interop.Export;
import io.github.geoclaims.interop.LossReport;
import io.github.geoclaims.interop.internal.JsonText;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a document as one STIX 2.1 bundle (STIX Version 2.1, OASIS Standard, 2021).
 *
 * <ul>
 *   <li>{@code identity} per actor, its {@code identity_class} by {@link StixVocabularies#identityClass}.
 *   <li>{@code report} per source: {@code name} the title (else the description, else the identifier),
 *       {@code published} the publication time, {@code object_refs} the claims attributed in it, those
 *       attributions, their claimants, its publisher and authors. A source none of these refer to is skipped.
 *   <li>{@value #CLAIM_TYPE} per claim, a custom object (section 11.2) with {@code proposition}, {@code event_kind},
 *       {@code participant_refs}, {@code location} and {@code note}.
 *   <li>{@code relationship} per attribution, from the claimant's identity to the claim, its
 *       {@code relationship_type} the stance ({@code asserts}, {@code denies}, ...), with the custom properties
 *       {@code x_geoclaims_mode}, {@code x_geoclaims_modality} and {@code x_geoclaims_report_ref}.
 *   <li>{@code opinion} per assessment, by {@link StixVocabularies#opinion} and {@link StixVocabularies#confidence}.
 *   <li>{@code relationship} per claim relation, its {@code relationship_type} the relation kind; one whose target
 *       is in another document is skipped, since every reference must resolve inside the bundle.
 * </ul>
 *
 * <p>Every object has {@code type}, {@code spec_version}, {@code id}, {@code created} and {@code modified}, and an
 * {@code external_references} entry with its geoclaims identifier ({@code source_name} {@code geoclaims}). Ids are
 * version 5 UUIDs of {@code DOCUMENT/KIND/ID} in {@link NameBasedUuid#GEOCLAIMS_STIX}. {@code created} and
 * {@code modified} are the latest time the document states (a date counts from its first instant, UTC), or
 * {@value #NO_STATED_TIME} when it states none: STIX requires them, and the time of the export would make two
 * exports differ.
 *
 * <pre>{@code
 * Export bundle = new StixExporter().export(document);
 * }</pre>
 */
public final class StixExporter {

  /** The name of the format in loss reports. */
  public static final String FORMAT = "STIX 2.1";

  /** The type of the custom object that carries a claim. */
  public static final String CLAIM_TYPE = "x-geoclaims-claim";

  /** The {@code created} and {@code modified} of a document that states no time at all. */
  public static final String NO_STATED_TIME = "1970-01-01T00:00:00.000Z";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** Creates an exporter. */
  public StixExporter() {}

  /**
   * Exports the document as one bundle.
   *
   * @param document a valid document
   * @return the bundle, and the loss report
   */
  public Export export(ClaimDocument document) {
    return new Bundle(document).write();
  }

  /** Returns a STIX timestamp: UTC, millisecond precision, ending in {@code Z} (section 3.2). */
  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  /** The first instant of a time point, UTC. */
  static Instant instant(TimePoint point) {
    return point.getInstant().map(java.time.OffsetDateTime::toInstant)
        .orElse(point.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** One document being written as a bundle. */
  private static final class Bundle {

    private final ClaimDocument document;
    private final String time;
    private final ArrayNode objects = JsonText.array();
    private final List<LossReport.Skip> skipped = new ArrayList<>();

    Bundle(ClaimDocument document) {
      this.document = document;
      this.time = statedTimes(document).map(StixExporter::instant).max(Instant::compareTo)
          .map(StixExporter::timestamp).orElse(NO_STATED_TIME);
    }

    Export write() {
      document.getActors().forEach(this::identity);
      for (int s = 0; s < document.getSources().size(); s++) {
        report(s, document.getSources().get(s));
      }
      for (Claim claim : document.getClaims()) {
        claim(claim);
        claim.getAttributions().forEach(attribution -> attribution(claim, attribution));
      }
      for (int c = 0; c < document.getClaims().size(); c++) {
        Claim claim = document.getClaims().get(c);
        for (int i = 0; i < claim.getAssessments().size(); i++) {
          opinion(claim, "/claims/" + c + "/assessments/" + i, i, claim.getAssessments().get(i));
        }
      }
      for (int i = 0; i < document.getRelations().size(); i++) {
        relation(i, document.getRelations().get(i));
      }
      ObjectNode bundle = JsonText.object();
      bundle.put("type", "bundle");
      bundle.put("id", "bundle--" + NameBasedUuid.v5(NameBasedUuid.GEOCLAIMS_STIX, document.getId()));
      bundle.set("objects", objects);
      return new Export(JsonText.write(bundle), new LossReport(FORMAT, objects.size(), skipped));
    }

    private void identity(Actor actor) {
      ObjectNode identity = common("identity", "actor", actor.getId());
      identity.put("name", actor.getName());
      actor.getDescription().ifPresent(description -> identity.put("description", description));
      identity.put("identity_class", StixVocabularies.identityClass(actor.getKind()));
      identity.put("x_geoclaims_kind", actor.getKind().value());
      actor.getWikidataId().ifPresent(id -> ((ArrayNode) identity.get("external_references")).addObject()
          .put("source_name", "wikidata").put("external_id", id).put("url", "https://www.wikidata.org/wiki/" + id));
      objects.add(identity);
    }

    private void report(int index, Source source) {
      Set<String> refs = new LinkedHashSet<>();
      for (Claim claim : document.getClaims()) {
        for (Attribution attribution : claim.getAttributions()) {
          if (attribution.getSource().equals(source.getId())) {
            refs.add(id(CLAIM_TYPE, "claim", claim.getId()));
            refs.add(id("relationship", "attribution", attribution.getId()));
            refs.add(id("identity", "actor", attribution.getClaimant()));
          }
        }
      }
      Stream.concat(source.getPublisher().stream(), source.getAuthors().stream())
          .forEach(actor -> refs.add(id("identity", "actor", actor)));
      if (refs.isEmpty()) {
        skipped.add(new LossReport.Skip("/sources/" + index, "a STIX report must refer to at least one"
            + " object, and no attribution, publisher or author refers to this source"));
        return;
      }
      ObjectNode report = common("report", "source", source.getId());
      report.put("name", source.getTitle().or(source::getDescription).orElse(source.getId()));
      report.put("published", source.getPublishedAt().map(StixExporter::instant).map(StixExporter::timestamp)
          .orElse(time));
      ArrayNode objectRefs = report.putArray("object_refs");
      refs.forEach(objectRefs::add);
      report.put("x_geoclaims_kind", source.getKind().value());
      source.getUrl().ifPresent(url -> ((ObjectNode) report.get("external_references").get(0)).put("url", url));
      objects.add(report);
    }

    private void claim(Claim claim) {
      ObjectNode object = common(CLAIM_TYPE, "claim", claim.getId());
      object.put("proposition", claim.getProposition());
      object.put("event_kind", claim.getEventKind().value());
      if (!claim.getParticipants().isEmpty()) {
        ArrayNode participants = object.putArray("participant_refs");
        claim.getParticipants().stream().map(Participant::getActor).distinct()
            .forEach(actor -> participants.add(id("identity", "actor", actor)));
      }
      claim.getLocation().ifPresent(location -> object.put("location", location));
      claim.getNote().ifPresent(note -> object.put("note", note));
      objects.add(object);
    }

    private void attribution(Claim claim, Attribution attribution) {
      ObjectNode relationship = common("relationship", "attribution", attribution.getId());
      relationship.put("relationship_type", attribution.getStance().value());
      relationship.put("source_ref", id("identity", "actor", attribution.getClaimant()));
      relationship.put("target_ref", id(CLAIM_TYPE, "claim", claim.getId()));
      relationship.put("x_geoclaims_mode", attribution.getMode().value());
      relationship.put("x_geoclaims_modality", attribution.getModality().value());
      relationship.put("x_geoclaims_report_ref", id("report", "source", attribution.getSource()));
      attribution.getRelayedFrom().filter(relayed -> claim.findAttribution(relayed).isPresent())
          .ifPresent(relayed -> relationship.put("x_geoclaims_relayed_from_ref",
              id("relationship", "attribution", relayed)));
      objects.add(relationship);
    }

    private void opinion(Claim claim, String item, int index, VerificationAssessment assessment) {
      Optional<String> opinion = StixVocabularies.opinion(assessment.getStatus());
      if (opinion.isEmpty()) {
        skipped.add(new LossReport.Skip(item, "status '"
            + assessment.getStatus() + "' has no place on the five-point opinion scale"));
        return;
      }
      ObjectNode object = common("opinion", "assessment", claim.getId() + "/" + index);
      assessment.getAssessor().ifPresent(assessor -> object.put("created_by_ref", id("identity", "actor", assessor)));
      object.put("explanation", assessment.getRationale());
      assessment.getAssessor().flatMap(document::findActor)
          .ifPresent(assessor -> object.putArray("authors").add(assessor.getName()));
      object.put("opinion", opinion.get());
      object.putArray("object_refs").add(id(CLAIM_TYPE, "claim", claim.getId()));
      StixVocabularies.confidence(assessment).ifPresent(confidence -> object.put("confidence", confidence));
      object.put("x_geoclaims_status", assessment.getStatus().value());
      objects.add(object);
    }

    private void relation(int index, ClaimRelation relation) {
      if (!relation.isTargetIn(document.getId())) {
        skipped.add(new LossReport.Skip("/relations/" + index, "the target claim is in document '"
            + relation.getTargetDocument().orElseThrow() + "', outside the bundle"));
        return;
      }
      ObjectNode relationship = common("relationship", "relation", Integer.toString(index));
      relationship.put("relationship_type", relation.getKind().value());
      relationship.put("source_ref", id(CLAIM_TYPE, "claim", relation.getFrom()));
      relationship.put("target_ref", id(CLAIM_TYPE, "claim", relation.getTo()));
      relation.getNote().ifPresent(note -> relationship.put("description", note));
      objects.add(relationship);
    }

    /** An object with the common properties every STIX object requires, and its geoclaims identifier. */
    private ObjectNode common(String type, String kind, String localId) {
      ObjectNode object = JsonText.object();
      object.put("type", type);
      object.put("spec_version", "2.1");
      object.put("id", id(type, kind, localId));
      object.put("created", time);
      object.put("modified", time);
      object.putArray("external_references").addObject().put("source_name", "geoclaims")
          .put("external_id", document.getId() + "/" + localId);
      return object;
    }

    /** The identifier of the object of a kind, {@code TYPE--UUID} (section 2.9). */
    private String id(String type, String kind, String localId) {
      return type + "--" + NameBasedUuid.v5(NameBasedUuid.GEOCLAIMS_STIX,
          document.getId() + "/" + kind + "/" + localId);
    }
  }

  /** Every time point the document states: publication, retrieval, statements and assessments. */
  private static Stream<TimePoint> statedTimes(ClaimDocument document) {
    Stream<TimePoint> sources = document.getSources().stream()
        .flatMap(source -> Stream.concat(source.getPublishedAt().stream(), source.getRetrievedAt().stream()));
    Stream<TimePoint> claims = document.getClaims().stream().flatMap(claim -> Stream.concat(
        claim.getAttributions().stream().flatMap(attribution -> attribution.getStatedAt().stream())
            .flatMap(StixExporter::points),
        claim.getAssessments().stream().flatMap(assessment -> assessment.getAssessedAt().stream())));
    return Stream.concat(sources, claims);
  }

  private static Stream<TimePoint> points(TimeSpec time) {
    return Stream.of(time.getAt(), time.getStart(), time.getEnd()).flatMap(Optional::stream);
  }
}
