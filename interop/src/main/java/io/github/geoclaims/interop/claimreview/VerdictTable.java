package io.github.geoclaims.interop.claimreview;

import io.github.geoclaims.model.VerificationStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of verdicts between geoclaims' {@link VerificationStatus} and the textual ratings of ClaimReview
 * ({@code reviewRating.alternateName}), both ways; {@code docs/interop.md} shows it in full.
 *
 * <p>Out, each standard status has one rating. In, a rating is compared without regard to case, surrounding
 * spaces, inner runs of spaces and hyphens, or a closing {@code !} or {@code .}: {@code "Pants on Fire!"} is
 * {@code pants on fire}. The model has no partial-truth status, so the partial ratings ("Mostly true", "Half true",
 * "Mostly false", "Missing context") map to {@code misleading}, the status for what is literally supported in part
 * but leaves a wrong impression. A rating in no row maps to {@link #UNMAPPED}; the importer always keeps the rating
 * verbatim, mapped or not.
 *
 * <pre>{@code
 * VerdictTable.ratingOf(VerificationStatus.REFUTED);   // Optional[False]
 * VerdictTable.statusOf("Faux");                      // refuted
 * VerdictTable.statusOf("Cherry-picked");             // x-claimreview-rating
 * }</pre>
 */
public final class VerdictTable {

  /**
   * The status of a rating that no row of the table names: {@code x-claimreview-rating}, "rated by a ClaimReview in
   * words this table does not map; the rating is kept verbatim with the claim".
   */
  public static final VerificationStatus UNMAPPED = VerificationStatus.of("x-claimreview-rating");

  private static final Map<VerificationStatus, String> RATINGS = new LinkedHashMap<>();
  private static final Map<String, VerificationStatus> STATUSES = new LinkedHashMap<>();

  static {
    row(VerificationStatus.CONFIRMED, "True",
        List.of("correct", "accurate", "confirmed", "vrai", "verdadero", "verdadeiro", "vero", "wahr", "richtig"));
    row(VerificationStatus.CORROBORATED, "Corroborated", List.of());
    row(VerificationStatus.REFUTED, "False",
        List.of("incorrect", "fake", "fabricated", "pants on fire", "faux", "falso", "falsch", "refuted"));
    row(VerificationStatus.MISLEADING, "Misleading",
        List.of("mostly true", "half true", "partly true", "mostly false", "partly false", "missing context",
            "out of context", "exaggerated", "trompeur", "engañoso", "enganoso", "fuorviante", "irreführend"));
    row(VerificationStatus.DISPUTED, "Disputed", List.of("contested"));
    row(VerificationStatus.UNVERIFIED, "Unproven", List.of("unverified", "unsupported", "no evidence"));
    row(VerificationStatus.UNVERIFIABLE, "Unverifiable", List.of("cannot be verified"));
  }

  private VerdictTable() {}

  private static void row(VerificationStatus status, String rating, List<String> alsoRead) {
    RATINGS.put(status, rating);
    STATUSES.put(normalise(rating), status);
    alsoRead.forEach(other -> STATUSES.put(other, status));
  }

  /**
   * Returns the textual rating a status is exported as.
   *
   * @param status the status
   * @return the rating, or empty for an extension status (the exporter then uses the rating kept on import)
   */
  public static Optional<String> ratingOf(VerificationStatus status) {
    return Optional.ofNullable(RATINGS.get(status));
  }

  /**
   * Returns the status a textual rating is imported as.
   *
   * @param rating the rating, as published
   * @return the status of its row, or {@link #UNMAPPED}
   */
  public static VerificationStatus statusOf(String rating) {
    return STATUSES.getOrDefault(normalise(rating), UNMAPPED);
  }

  /**
   * Returns every rating the importer maps, normalised, with its status, in table order.
   *
   * @return the rows, read-only
   */
  public static Map<String, VerificationStatus> importRows() {
    return Collections.unmodifiableMap(STATUSES);
  }

  /** Lower case, single spaces for runs of spaces and hyphens, without surrounding spaces or a closing ! or . */
  private static String normalise(String rating) {
    String folded = rating.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ").strip();
    while (folded.endsWith("!") || folded.endsWith(".")) {
      folded = folded.substring(0, folded.length() - 1).strip();
    }
    return folded;
  }
}
