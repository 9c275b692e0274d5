package io.github.geoclaims.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * Plain Java records of the same shape as the geoclaims wire format, as a user would hand-write them for Jackson
 * databind: strings for identifiers, vocabulary tokens and time points, {@code BigDecimal} for quantities, no
 * validation, no extension properties. The baseline that {@code plainRead} and {@code plainWrite} measure.
 *
 * <p>Empty lists and absent values are omitted ({@link JsonInclude.Include#NON_EMPTY}), and {@code former} and
 * {@code approximate} are {@code null} unless true, so that writing a document read from canonical JSON with the
 * canonical pretty printer gives the same bytes (a test checks this).
 */
public final class PlainModel {

  private PlainModel() {}

  /** A document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Document(String schemaVersion, String id, String title, String description, List<Actor> actors,
      List<Source> sources, List<Communication> communications, List<Claim> claims, List<Relation> relations) {}

  /** An actor. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Actor(String id, String kind, String name, List<String> aliases, String countryCode,
      String wikidataId, List<Role> roles, List<String> members, Integer memberCount, String description,
      String identityCaveat) {}

  /** A role. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Role(String title, String organisation, Boolean former) {}

  /** A source. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Source(String id, String kind, String title, String url, String publisher, List<String> authors,
      String language, String publishedAt, String retrievedAt, String text, List<Citation> citations,
      String attachedTo, String description) {}

  /** A communication (since wire format 1.1). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Communication(String id, String kind, String issuer, TimeSpec issuedAt, String publishedIn,
      String description) {}

  /** A citation. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Citation(String marker, String title, String url, String accessedAt, String source,
      TextAnchor anchor, String note) {}

  /** A text anchor. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record TextAnchor(String exact, int start, int end, String prefix, String suffix) {}

  /** A time specification. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record TimeSpec(String at, String start, String end, String expression) {}

  /** A claim. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Claim(String id, String proposition, String eventKind, List<Participant> participants,
      TimeSpec time, String location, List<Quantity> quantities, List<Attribution> attributions,
      List<Assessment> assessments, String note) {}

  /** A participant. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Participant(String actor, String role) {}

  /** A quantity. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Quantity(String unit, BigDecimal value, BigDecimal minimum, BigDecimal exclusiveMinimum,
      BigDecimal maximum, BigDecimal exclusiveMaximum, Boolean approximate, String text) {}

  /** An attribution. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Attribution(String id, String claimant, String source, String communication, String mode,
      String basis, String stance, String modality, List<String> hedges, TimeSpec statedAt, TextAnchor quote,
      String relayedFrom, String note) {}

  /** A verification assessment. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Assessment(String status, String assessor, String assessedAt, String rationale,
      List<Evidence> evidence, Double confidence, AdmiraltyRating admiraltyRating) {}

  /** Evidence. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Evidence(String description, String source) {}

  /** An Admiralty rating. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AdmiraltyRating(String sourceReliability, int informationCredibility) {}

  /** A relation between claims. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Relation(String from, String kind, String to, String targetDocument, String note) {}
}
