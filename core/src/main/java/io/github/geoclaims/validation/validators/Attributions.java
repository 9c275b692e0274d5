package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import java.util.List;
import java.util.function.BiConsumer;

/** Walks every attribution of a document together with its property path, for the document-level rules. */
final class Attributions {

  private Attributions() {}

  /**
   * Calls {@code action} with the path (such as {@code claims[3].attributions[0]}) and each attribution, in order.
   *
   * @param document the document
   * @param action what to do with each attribution
   */
  static void forEach(ClaimDocument document, BiConsumer<String, Attribution> action) {
    List<Claim> claims = document.getClaims();
    for (int c = 0; c < claims.size(); c++) {
      List<Attribution> attributions = claims.get(c).getAttributions();
      for (int a = 0; a < attributions.size(); a++) {
        action.accept("claims[" + c + "].attributions[" + a + "]", attributions.get(a));
      }
    }
  }
}
