package io.github.geoclaims.interop.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.geoclaims.interop.internal.JsonInput;
import io.github.geoclaims.interop.internal.JsonText;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads schema.org {@code ClaimReview}s, in the shapes fact-checkers publish, into a valid geoclaims document.
 *
 * <p>The input is one review, an array of them, or a JSON-LD {@code @graph} (at the top or inside an array) in which
 * nodes of other types are ignored. A {@code reviewRating} may carry {@code ratingValue} as a number or a string and
 * may lack {@code alternateName}; {@code itemReviewed} may be a {@code Claim}, any {@code CreativeWork} or media
 * object, or absent; authors are a {@code Person} or an {@code Organization}; dates have a year, month or day
 * precision, or are date-times. {@code docs/interop.md} tables how each property maps.
 *
 * <p>Never invented: what a review does not state stays absent. Each review's rating is kept verbatim with its claim
 * (see {@link VerdictTable}); one that maps to no status gets {@link VerdictTable#UNMAPPED}. Reviews of the same
 * proposition by the same claimant become one claim with one assessment each.
 *
 * <pre>{@code
 * try {
 *   ClaimDocument document = new ClaimReviewImporter().read(json);
 * } catch (GeoClaimsJsonException e) {
 *   e.getProblems().forEach(System.err::println);   // /0/reviewRating: Expected an object but was a string [json.type]
 * }
 * }</pre>
 */
public final class ClaimReviewImporter {

  /** The identifier of the document an import gives. */
  public static final String DOCUMENT_ID = "claimreview-import";

  /** Creates an importer. */
  public ClaimReviewImporter() {}

  /**
   * Reads the reviews in a JSON-LD text.
   *
   * @param json the text
   * @return the document, valid
   * @throws GeoClaimsJsonException with every problem found, each with the JSON Pointer of the input value at fault
   *     and a stable code, if the input is not JSON, holds no review, or holds one that cannot be read into a valid
   *     document
   */
  public ClaimDocument read(String json) {
    JsonNode root = JsonText.read(json);
    JsonInput input = new JsonInput();
    List<Review> reviews = new ArrayList<>();
    collect(root, "", input, reviews);
    if (reviews.isEmpty() && !input.hasProblems()) {
      input.add("", "json.required", "Expected a ClaimReview (an object with \"@type\": \"ClaimReview\"), an array"
          + " of them or an @graph holding them, but found none at the top level");
    }
    ReviewAssembly assembly = new ReviewAssembly(DOCUMENT_ID, input);
    reviews.forEach(review -> assembly.add(review.node(), review.pointer()));
    input.throwIfProblems();
    ClaimDocument document = assembly.build();
    input.addAll(GeoClaimsValidator.shared().validate(document), assembly.origins());
    input.throwIfProblems();
    return document;
  }

  /** A ClaimReview node and its JSON Pointer. */
  private record Review(JsonNode node, String pointer) {}

  private static void collect(JsonNode node, String pointer, JsonInput input, List<Review> reviews) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, input, reviews);
      }
    } else if (!node.isObject()) {
      input.typeProblem(pointer, "a ClaimReview object, an array or an @graph", node);
    } else if (SchemaTypes.has(node, "ClaimReview")) {
      reviews.add(new Review(node, pointer));
    } else if (node.has("@graph")) {
      collect(node.get("@graph"), pointer + "/@graph", input, reviews);
    }
  }
}
