package io.github.geoclaims.interop.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.geoclaims.interop.internal.JsonInput;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds one geoclaims document from ClaimReviews, one review at a time: the authors become actors, the review and
 * the places the claim appears become sources, and each review adds an assessment (and the attributions it states)
 * to the claim of its proposition and claimant. Remembers, for each object built, the input pointer it came from.
 */
final class ReviewAssembly {

  /**
   * The mode of an imported attribution, {@code x-claimreview}: "as a ClaimReview records it: the review names who
   * made the claim and where it appeared, not how that source conveys it".
   */
  static final AttributionMode MODE = AttributionMode.of("x-claimreview");

  /** The identifier of the actor that stands for a claimant the review does not name. */
  static final String UNNAMED_CLAIMANT = "unnamed-claimant";

  /** The description of the evidence each imported assessment rests on: the review itself. */
  static final String EVIDENCE = "The findings of the review, published with its rating";

  private static final Pattern WIKIDATA = Pattern.compile("https?://(?:www\\.)?wikidata\\.org/(?:wiki|entity)/(Q[1-9][0-9]*)");
  private static final Pattern LOCAL_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T[0-9:.]+");

  private final String documentId;
  private final JsonInput input;
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final List<Source> sources = new ArrayList<>();
  private final Map<String, String> sourceByUrl = new LinkedHashMap<>();
  private final Map<String, ClaimDraft> claims = new LinkedHashMap<>();
  private final Map<String, String> origins = new LinkedHashMap<>();
  private int attributions;

  ReviewAssembly(String documentId, JsonInput input) {
    this.documentId = documentId;
    this.input = input;
  }

  /** Adds one review; its problems go to the input. */
  void add(JsonNode review, String pointer) {
    Optional<String> proposition = input.requiredString(review, "claimReviewed", pointer,
        "(the claim the review rates)");
    Optional<JsonNode> rating = rating(review, pointer);
    Optional<String> assessor = agent(review.get("author"), pointer + "/author");
    Optional<TimePoint> published = time(review, "datePublished", pointer);
    Optional<String> reviewBody = input.string(review, "reviewBody", pointer).filter(body -> !body.isBlank());
    Source.Builder reviewSource = Source.builder().kind(SourceKind.ANALYSIS);
    input.string(review, "url", pointer).ifPresent(reviewSource::url);
    title(review, pointer).ifPresent(reviewSource::title);
    assessor.ifPresent(reviewSource::publisher);
    published.ifPresent(reviewSource::publishedAt);
    JsonNode item = review.get("itemReviewed");
    if (item != null && !item.isObject()) {
      input.typeProblem(pointer + "/itemReviewed", "an object (a Claim, a CreativeWork or a media object)", item);
      return;
    }
    List<Located> appearances = item == null ? List.of() : appearances(item, pointer + "/itemReviewed");
    Optional<String> claimant = item == null ? Optional.empty() : agent(item.get("author"),
        pointer + "/itemReviewed/author");
    Optional<TimePoint> claimDate = item != null && SchemaTypes.has(item, "Claim")
        ? time(item, "datePublished", pointer + "/itemReviewed")
        : Optional.empty();
    if (proposition.isEmpty() || rating.isEmpty()) {
      return;
    }
    String reviewSourceId = addSource(reviewSource, pointer, review.has("url") ? pointer + "/url" : pointer);
    List<String> appearing = new ArrayList<>();
    appearances.forEach(work -> appearing.add(addWork(work)));
    if (appearing.isEmpty()) {
      appearing.add(reviewSourceId);
    }
    String claimantId = claimant.orElseGet(this::unnamedClaimant);
    ClaimDraft draft = claims.computeIfAbsent(proposition.get() + '\u0000' + claimantId, key -> {
      origins.put("/claims/" + claims.size(), pointer);
      return new ClaimDraft("claim-" + (claims.size() + 1), claims.size(), proposition.get());
    });
    for (String source : appearing) {
      if (draft.attributedSources.add(source)) {
        Attribution.Builder attribution = Attribution.builder().id("a-" + (++attributions)).claimant(claimantId)
            .source(source).mode(MODE).stance(Stance.ASSERTS).modality(Modality.ASSERTED);
        if (draft.attributions.isEmpty()) {
          claimDate.ifPresent(date -> attribution.statedAt(TimeSpec.at(date)));
        }
        origins.put(draft.pointer() + "/attributions/" + draft.attributions.size(),
            item == null ? pointer : pointer + "/itemReviewed");
        draft.attributions.add(attribution.build());
      }
    }
    VerificationAssessment.Builder assessment = VerificationAssessment.builder()
        .status(rating.get().path("alternateName").isTextual()
            ? VerdictTable.statusOf(rating.get().get("alternateName").asText())
            : VerdictTable.UNMAPPED)
        .rationale(reviewBody.orElseGet(() -> rationale(rating.get())))
        .addEvidence(Evidence.builder().description(EVIDENCE).source(reviewSourceId).build());
    assessor.ifPresent(assessment::assessor);
    published.ifPresent(assessment::assessedAt);
    origins.put(draft.pointer() + "/assessments/" + draft.assessments.size(), pointer);
    draft.assessments.add(assessment.build());
    draft.ratings.add(rating.get());
  }

  /** Returns the document built. */
  ClaimDocument build() {
    ClaimDocument.Builder document = ClaimDocument.builder().id(documentId)
        .addAllActors(actors.values()).addAllSources(sources);
    for (ClaimDraft draft : claims.values()) {
      document.addClaims(Claim.builder().id(draft.id).proposition(draft.proposition).eventKind(EventKind.OTHER)
          .addAllAttributions(draft.attributions).addAllAssessments(draft.assessments)
          .putExtension(KeptRatings.EXTENSION, KeptRatings.extensionValue(draft.ratings))
          .build());
    }
    return document.build();
  }

  /** Returns the input pointer of each object built, by its pointer in the geoclaims document. */
  Map<String, String> origins() {
    return origins;
  }

  /** The rationale of a review without {@code reviewBody}: its textual rating, else its number, verbatim. */
  private static String rationale(JsonNode rating) {
    if (rating.path("alternateName").isTextual() && !rating.get("alternateName").asText().isBlank()) {
      return rating.get("alternateName").asText();
    }
    StringBuilder rationale = new StringBuilder("Rated ").append(rating.get("ratingValue").asText());
    if (rating.has("worstRating") || rating.has("bestRating")) {
      rationale.append(" on a scale from ").append(rating.path("worstRating").asText("(not stated)"))
          .append(" to ").append(rating.path("bestRating").asText("(not stated)"));
    }
    return rationale.toString();
  }

  private Optional<JsonNode> rating(JsonNode review, String pointer) {
    String at = pointer + "/reviewRating";
    JsonNode rating = review.get("reviewRating");
    if (rating == null || rating.isNull()) {
      input.add(at, "json.required", "Expected a 'reviewRating' (the verdict) at " + at);
      return Optional.empty();
    }
    if (!rating.isObject()) {
      input.typeProblem(at, "a Rating object", rating);
      return Optional.empty();
    }
    Optional<String> name = input.string(rating, "alternateName", at);
    JsonNode value = rating.get("ratingValue");
    boolean numbered = value != null && (value.isNumber() || value.isTextual());
    if (value != null && !numbered && !value.isNull()) {
      input.typeProblem(at + "/ratingValue", "a number or a string", value);
      return Optional.empty();
    }
    if (name.filter(text -> !text.isBlank()).isEmpty() && !numbered) {
      if (!rating.hasNonNull("alternateName") || name.isPresent()) {
        input.add(at + "/alternateName", "json.required", "Expected a textual rating 'alternateName' or a"
            + " 'ratingValue' at " + at + "/alternateName");
      }
      return Optional.empty();
    }
    return Optional.of(rating);
  }

  /** The places the claim appears: an itemReviewed Claim's appearances, or the reviewed work itself. */
  private List<Located> appearances(JsonNode item, String pointer) {
    List<Located> works = new ArrayList<>();
    if (!SchemaTypes.has(item, "Claim")) {
      works.add(new Located(item, pointer));
      return works;
    }
    for (String property : List.of("firstAppearance", "appearance")) {
      JsonNode value = item.get(property);
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          work(value.get(i), pointer + "/" + property + "/" + i).ifPresent(works::add);
        }
      } else {
        work(value, pointer + "/" + property).ifPresent(works::add);
      }
    }
    return works;
  }

  private Optional<Located> work(JsonNode value, String pointer) {
    if (value.isObject() || value.isTextual()) {
      return Optional.of(new Located(value, pointer));
    }
    input.typeProblem(pointer, "a CreativeWork object or a URL", value);
    return Optional.empty();
  }

  /** Adds the source of a work (a URL alone, or an object) unless one with its URL exists; returns its id. */
  private String addWork(Located work) {
    JsonNode node = work.node();
    if (node.isTextual()) {
      return sourceByUrl.computeIfAbsent(node.asText(),
          url -> addSource(Source.builder().kind(SourceKind.OTHER).url(url), work.pointer(), work.pointer()));
    }
    String urlProperty = node.has("url") ? "url" : "contentUrl";
    Optional<String> url = input.string(node, urlProperty, work.pointer());
    if (url.isPresent() && sourceByUrl.containsKey(url.get())) {
      return sourceByUrl.get(url.get());
    }
    Source.Builder source = Source.builder().kind(kindOf(node));
    url.ifPresent(source::url);
    title(node, work.pointer()).ifPresent(source::title);
    time(node, "datePublished", work.pointer()).ifPresent(source::publishedAt);
    String id = addSource(source, work.pointer(), work.pointer() + "/" + urlProperty);
    url.ifPresent(address -> sourceByUrl.put(address, id));
    return id;
  }

  private static SourceKind kindOf(JsonNode work) {
    List<String> types = SchemaTypes.of(work);
    if (types.contains("NewsArticle")) {
      return SourceKind.NEWS_ARTICLE;
    }
    if (types.contains("SocialMediaPosting")) {
      return SourceKind.SOCIAL_POST;
    }
    if (types.stream().anyMatch(type -> type.equals("MediaObject") || type.equals("ImageObject")
        || type.equals("VideoObject"))) {
      return SourceKind.IMAGERY;
    }
    return SourceKind.OTHER;
  }

  /** Adds a source built from the input at {@code pointer}, whose URL (if any) is at {@code urlPointer}. */
  private String addSource(Source.Builder source, String pointer, String urlPointer) {
    String id = "source-" + (sources.size() + 1);
    origins.put("/sources/" + sources.size(), pointer);
    origins.put("/sources/" + sources.size() + "/url", urlPointer);
    sources.add(source.id(id).build());
    return id;
  }

  private Optional<String> title(JsonNode node, String pointer) {
    return input.string(node, "headline", pointer).or(() -> input.string(node, "name", pointer))
        .filter(title -> !title.isBlank());
  }

  /** An author: the first of an array; a Person or an Organization with a name, else absent. */
  private Optional<String> agent(JsonNode value, String pointer) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isArray()) {
      return value.isEmpty() ? Optional.empty() : agent(value.get(0), pointer + "/0");
    }
    if (!value.isObject()) {
      input.typeProblem(pointer, "a Person or an Organization object", value);
      return Optional.empty();
    }
    Optional<ActorKind> kind = actorKind(SchemaTypes.of(value));
    if (kind.isEmpty()) {
      input.add(pointer + "/@type", "json.type", "Expected an author of @type Person or Organization (or a kind of"
          + " Organization) at " + pointer + "/@type");
      return Optional.empty();
    }
    Optional<String> name = input.string(value, "name", pointer).filter(text -> !text.isBlank());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String key = kind.get() + "\u0000" + name.get();
    Actor known = actors.get(key);
    if (known != null) {
      return Optional.of(known.getId());
    }
    Actor.Builder actor = Actor.builder().id("actor-" + (actors.size() + 1)).kind(kind.get()).name(name.get());
    wikidataId(value.get("sameAs")).ifPresent(actor::wikidataId);
    origins.put("/actors/" + actors.size(), pointer);
    Actor built = actor.build();
    actors.put(key, built);
    return Optional.of(built.getId());
  }

  private static Optional<ActorKind> actorKind(List<String> types) {
    if (types.contains("Person")) {
      return Optional.of(ActorKind.PERSON);
    }
    if (types.contains("NewsMediaOrganization")) {
      return Optional.of(ActorKind.MEDIA_OUTLET);
    }
    if (types.contains("GovernmentOrganization")) {
      return Optional.of(ActorKind.GOVERNMENT_BODY);
    }
    return types.stream().anyMatch(type -> type.endsWith("Organization"))
        ? Optional.of(ActorKind.ORGANISATION)
        : Optional.empty();
  }

  private static Optional<String> wikidataId(JsonNode sameAs) {
    if (sameAs == null) {
      return Optional.empty();
    }
    for (JsonNode link : sameAs.isArray() ? sameAs : List.of(sameAs)) {
      Matcher matcher = WIKIDATA.matcher(link.asText(""));
      if (matcher.matches()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  private String unnamedClaimant() {
    return actors.computeIfAbsent("\u0000" + UNNAMED_CLAIMANT, key -> Actor.builder().id(UNNAMED_CLAIMANT)
        .kind(ActorKind.UNNAMED).name("The claimant, whom the review does not name").build()).getId();
  }

  /**
   * A date as stated: a year, a month, a day or a date-time with offset; a date-time without offset keeps only its
   * day, the one part that is stated without doubt.
   */
  private Optional<TimePoint> time(JsonNode node, String name, String pointer) {
    return input.string(node, name, pointer).flatMap(text -> {
      Matcher local = LOCAL_DATE_TIME.matcher(text);
      try {
        return Optional.of(TimePoint.parse(local.matches() ? local.group(1) : text));
      } catch (IllegalArgumentException e) {
        input.add(pointer + "/" + name, "json.time", e.getMessage() + " at " + pointer + "/" + name);
        return Optional.empty();
      }
    });
  }

  /** An input value and its pointer. */
  private record Located(JsonNode node, String pointer) {}

  /** A claim being built: one proposition by one claimant, with the assessments of its reviews. */
  private static final class ClaimDraft {
    final String id;
    final int index;
    final String proposition;
    final List<Attribution> attributions = new ArrayList<>();
    final Set<String> attributedSources = new HashSet<>();
    final List<VerificationAssessment> assessments = new ArrayList<>();
    final List<JsonNode> ratings = new ArrayList<>();

    ClaimDraft(String id, int index, String proposition) {
      this.id = id;
      this.index = index;
      this.proposition = proposition;
    }

    String pointer() {
      return "/claims/" + index;
    }
  }
}
