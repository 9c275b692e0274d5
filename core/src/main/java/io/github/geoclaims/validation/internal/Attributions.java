package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.Claim.ATTRIBUTIONS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.CLAIMS;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import java.util.List;
import java.util.function.BiConsumer;

/** Walks every attribution of a document together with its position, for the document-level rules. */
final class Attributions {

  private Attributions() {}

  /**
   * Where an attribution sits in its document; its property path is rendered only when a violation is reported.
   *
   * @param claim the index of the claim in the document
   * @param index the index of the attribution in the claim
   */
  record Position(int claim, int index) {

    /** Returns the property path, such as {@code claims[3].attributions[0]}. */
    String path() {
      return CLAIMS + "[" + claim + "]." + ATTRIBUTIONS + "[" + index + "]";
    }
  }

  /**
   * Calls {@code action} with the position and each attribution, in order.
   *
   * @param document the document
   * @param action what to do with each attribution
   */
  static void forEach(ClaimDocument document, BiConsumer<Position, Attribution> action) {
    List<Claim> claims = document.getClaims();
    for (int c = 0; c < claims.size(); c++) {
      List<Attribution> attributions = claims.get(c).getAttributions();
      for (int a = 0; a < attributions.size(); a++) {
        action.accept(new Position(c, a), attributions.get(a));
      }
    }
  }
}
