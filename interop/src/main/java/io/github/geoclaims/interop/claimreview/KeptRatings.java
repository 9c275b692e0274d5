package io.github.geoclaims.interop.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.geoclaims.interop.internal.JsonText;
import io.github.geoclaims.model.Claim;
import java.util.List;
import java.util.Optional;

/**
 * The ClaimReview ratings an imported claim keeps verbatim, in its extension {@value #EXTENSION}: a JSON array with
 * one {@code reviewRating} object per assessment, in the order of the assessments, exactly as published. Nothing of
 * a rating is lost, whatever it maps to, and a rating the {@link VerdictTable} does not map is exported again as it
 * came.
 */
final class KeptRatings {

  /** The name of the claim extension. */
  static final String EXTENSION = "x-claimreview-ratings";

  private final JsonNode ratings;

  private KeptRatings(JsonNode ratings) {
    this.ratings = ratings;
  }

  /** Returns the ratings a claim keeps; none if it has no such extension. */
  static KeptRatings of(Claim claim) {
    String value = claim.getExtensions().get(EXTENSION);
    return new KeptRatings(value == null ? JsonText.array() : JsonText.read(value));
  }

  /** Returns the extension value for the ratings of a claim's assessments, in order. */
  static String extensionValue(List<JsonNode> ratings) {
    ArrayNode array = JsonText.array();
    ratings.forEach(array::add);
    return JsonText.compact(array);
  }

  /** Returns the rating kept for an assessment, if it has the textual rating a ClaimReview must carry. */
  Optional<JsonNode> at(int index) {
    JsonNode rating = ratings.path(index);
    return rating.path("alternateName").isTextual() ? Optional.of(rating) : Optional.empty();
  }
}
