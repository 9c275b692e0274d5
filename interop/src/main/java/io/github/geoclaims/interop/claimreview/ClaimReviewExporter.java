package io.github.geoclaims.interop.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.geoclaims.interop.Export;
import io.github.geoclaims.interop.LossReport;
import io.github.geoclaims.interop.internal.JsonText;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes one schema.org {@code ClaimReview} per verification assessment of a document, as a JSON array. Each review
 * carries the properties Google requires ({@code claimReviewed}, {@code reviewRating.alternateName}, {@code url});
 * an assessment that cannot have them is skipped and named in the {@link LossReport}.
 *
 * <ul>
 *   <li>{@code url}: the URL of a source the assessor published (its publisher or one of its authors), else that of
 *       the review an imported assessment came from (its evidence {@link ClaimReviewImporter} names), else the base
 *       URL followed by the claim's identifier, else none: the assessment is skipped.
 *   <li>{@code reviewRating}: the {@link VerdictTable} rating as {@code alternateName}; a number only on the one
 *       documented scale the model has, the probability that the claim is true ({@code ratingValue} from
 *       {@code worstRating} 0 to {@code bestRating} 1). An {@code x-claimreview-rating} status is written with the
 *       rating kept when it was imported.
 *   <li>{@code author}: the assessor; {@code datePublished}: when assessed, to its stated precision.
 *   <li>{@code itemReviewed}: a {@code Claim} with the claimant of its origin as {@code author}, the URLs of the
 *       sources it appears in as {@code appearance}, the earliest of them as {@code firstAppearance} when the
 *       publication dates settle which is first, and the origin's {@code statedAt} as {@code datePublished}.
 * </ul>
 *
 * <p>Nothing is written that the document does not state.
 *
 * <pre>{@code
 * Export export = new ClaimReviewExporter("https://example.org/claims/").export(document);
 * }</pre>
 */
public final class ClaimReviewExporter {

  /** The name of the format in loss reports. */
  public static final String FORMAT = "ClaimReview";

  private static final String SCHEMA_ORG = "https://schema.org";

  private final String baseUrl;

  /** Creates an exporter without a base URL: an assessment without a URL of its own is skipped. */
  public ClaimReviewExporter() {
    this.baseUrl = null;
  }

  /**
   * Creates an exporter that gives an assessment without a URL of its own the base URL followed by its claim's
   * identifier ({@code https://example.org/claims/} and {@code nk-shipped} give
   * {@code https://example.org/claims/nk-shipped}; a {@code /} is put between them when the base ends with neither
   * {@code /} nor {@code #}).
   *
   * @param baseUrl an absolute http or https URL
   */
  public ClaimReviewExporter(String baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /**
   * Exports every assessment of the document.
   *
   * @param document a valid document
   * @return a JSON array of ClaimReviews, and the loss report
   */
  public Export export(ClaimDocument document) {
    ArrayNode reviews = JsonText.array();
    List<LossReport.Skip> skipped = new ArrayList<>();
    List<Claim> claims = document.getClaims();
    for (int c = 0; c < claims.size(); c++) {
      Claim claim = claims.get(c);
      List<VerificationAssessment> assessments = claim.getAssessments();
      for (int i = 0; i < assessments.size(); i++) {
        String item = "/claims/" + c + "/assessments/" + i;
        VerificationAssessment assessment = assessments.get(i);
        Optional<String> url = reviewUrl(document, claim, assessment);
        Optional<JsonNode> rating = rating(claim, i, assessment);
        if (url.isEmpty()) {
          skipped.add(new LossReport.Skip(item, "no URL: no source the assessor published has one, and no base URL"
              + " was given (--base-url)"));
        } else if (rating.isEmpty()) {
          skipped.add(new LossReport.Skip(item, "status '" + assessment.getStatus()
              + "' has no textual rating in the verdict table, and none was kept on import"));
        } else {
          reviews.add(review(document, claim, assessment, url.get(), rating.get()));
        }
      }
    }
    return new Export(JsonText.write(reviews), new LossReport(FORMAT, reviews.size(), skipped));
  }

  private ObjectNode review(ClaimDocument document, Claim claim, VerificationAssessment assessment, String url,
      JsonNode rating) {
    ObjectNode review = JsonText.object();
    review.put("@context", SCHEMA_ORG);
    review.put("@type", "ClaimReview");
    review.put("url", url);
    review.put("claimReviewed", claim.getProposition());
    review.set("reviewRating", rating);
    assessment.getAssessor().flatMap(document::findActor).flatMap(ClaimReviewExporter::agent)
        .ifPresent(author -> review.set("author", author));
    assessment.getAssessedAt().ifPresent(date -> review.put("datePublished", date.toString()));
    review.set("itemReviewed", itemReviewed(document, claim));
    return review;
  }

  /** The rating: from the verdict table, or as kept on import for a status the table does not map. */
  private static Optional<JsonNode> rating(Claim claim, int index, VerificationAssessment assessment) {
    Optional<String> name = VerdictTable.ratingOf(assessment.getStatus());
    if (name.isEmpty()) {
      return assessment.getStatus().equals(VerdictTable.UNMAPPED)
          ? KeptRatings.of(claim).at(index)
          : Optional.empty();
    }
    ObjectNode rating = JsonText.object();
    rating.put("@type", "Rating");
    rating.put("alternateName", name.get());
    assessment.getConfidence().ifPresent(probability -> {
      rating.put("ratingValue", probability);
      rating.put("worstRating", 0);
      rating.put("bestRating", 1);
    });
    return Optional.of(rating);
  }

  private Optional<String> reviewUrl(ClaimDocument document, Claim claim, VerificationAssessment assessment) {
    Optional<String> published = assessment.getAssessor().flatMap(assessor -> document.getSources().stream()
        .filter(source -> source.getPublisher().filter(assessor::equals).isPresent()
            || source.getAuthors().contains(assessor))
        .flatMap(source -> source.getUrl().stream())
        .findFirst());
    Optional<String> own = published.or(() -> assessment.getEvidence().stream()
        .filter(evidence -> evidence.getDescription().equals(ReviewAssembly.EVIDENCE))
        .flatMap(evidence -> evidence.getSource().flatMap(document::findSource).flatMap(Source::getUrl).stream())
        .findFirst());
    if (own.isPresent() || baseUrl == null) {
      return own;
    }
    boolean separated = baseUrl.endsWith("/") || baseUrl.endsWith("#");
    return Optional.of(baseUrl + (separated ? "" : "/") + claim.getId());
  }

  private static ObjectNode itemReviewed(ClaimDocument document, Claim claim) {
    ObjectNode item = JsonText.object();
    item.put("@type", "Claim");
    Attribution origin = claim.originOf(claim.getAttributions().stream()
        .filter(attribution -> attribution.getStance().isAffirming())
        .findFirst()
        .orElse(claim.getAttributions().get(0)));
    document.findActor(origin.getClaimant()).flatMap(ClaimReviewExporter::agent)
        .ifPresent(author -> item.set("author", author));
    origin.getStatedAt().flatMap(TimeSpec::getAt).ifPresent(stated -> item.put("datePublished", stated.toString()));
    Map<String, Source> appearances = new LinkedHashMap<>();
    for (Attribution attribution : claim.getAttributions()) {
      document.findSource(attribution.getSource())
          .ifPresent(source -> source.getUrl().ifPresent(url -> appearances.putIfAbsent(url, source)));
    }
    if (!appearances.isEmpty()) {
      ArrayNode appearance = item.putArray("appearance");
      appearances.values().forEach(source -> appearance.add(creativeWork(source)));
      firstAppearance(appearances.values()).ifPresent(first -> item.set("firstAppearance", creativeWork(first)));
    }
    return item;
  }

  /** The source published certainly before every other appearance; none when a date is missing or they overlap. */
  private static Optional<Source> firstAppearance(Collection<Source> sources) {
    if (sources.stream().anyMatch(source -> source.getPublishedAt().isEmpty())) {
      return Optional.empty();
    }
    return sources.stream()
        .filter(candidate -> sources.stream().allMatch(other -> other == candidate
            || other.getPublishedAt().get().isCertainlyAfter(candidate.getPublishedAt().get())))
        .findFirst();
  }

  private static ObjectNode creativeWork(Source source) {
    ObjectNode work = JsonText.object();
    work.put("@type", "CreativeWork");
    work.put("url", source.getUrl().orElseThrow());
    source.getTitle().ifPresent(title -> work.put("headline", title));
    source.getPublishedAt().ifPresent(date -> work.put("datePublished", date.toString()));
    return work;
  }

  /**
   * A {@code Person} for a person, an {@code Organization} for every other named kind; none for an unnamed actor,
   * whose "name" is a description ("U.S. officials"), or for an extension kind.
   */
  static Optional<ObjectNode> agent(Actor actor) {
    String type;
    if (actor.getKind().equals(ActorKind.PERSON)) {
      type = "Person";
    } else if (actor.getKind().isStandard() && !actor.getKind().equals(ActorKind.UNNAMED)) {
      type = "Organization";
    } else {
      return Optional.empty();
    }
    ObjectNode agent = JsonText.object();
    agent.put("@type", type);
    agent.put("name", actor.getName());
    actor.getWikidataId().ifPresent(id -> agent.put("sameAs", "https://www.wikidata.org/wiki/" + id));
    return Optional.of(agent);
  }
}
