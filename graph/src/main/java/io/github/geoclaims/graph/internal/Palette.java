package io.github.geoclaims.graph.internal;

import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.VerificationStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The colours of the graph, in one place for every format and for the legend: stances (what an attribution does
 * with its claim), verification statuses (a claim's badge) and relations between claims. Affirming stances are
 * greens and purples, opposing ones reds, the undecided ones ambers and greys.
 */
public final class Palette {

  /** The colour of values no table names: extension values. */
  public static final String OTHER = "#546e7a";

  /** Stance colours, by wire value, in the legend's order. */
  public static final Map<String, String> STANCES = table(
      Stance.ASSERTS.value(), "#2e7d32",
      Stance.ACKNOWLEDGES.value(), "#689f38",
      Stance.SUPPORTS.value(), "#00897b",
      Stance.CONDEMNS.value(), "#6a1b9a",
      Stance.EXPRESSES_CONCERN.value(), "#ef6c00",
      Stance.QUESTIONS.value(), "#f9a825",
      Stance.DISPUTES.value(), "#d84315",
      Stance.DENIES.value(), "#c62828",
      Stance.DISMISSES.value(), "#ad1457",
      Stance.DECLINES_TO_COMMENT.value(), "#616161",
      Stance.HAS_NOT_COMMENTED.value(), "#9e9e9e");

  /** Verification status colours, by wire value; {@code unassessed} for a claim without assessment. */
  public static final Map<String, String> STATUSES = table(
      VerificationStatus.UNVERIFIED.value(), "#757575",
      VerificationStatus.CORROBORATED.value(), "#1565c0",
      VerificationStatus.CONFIRMED.value(), "#2e7d32",
      VerificationStatus.DISPUTED.value(), "#ef6c00",
      VerificationStatus.REFUTED.value(), "#c62828",
      VerificationStatus.UNVERIFIABLE.value(), "#6d4c41",
      VerificationStatus.MISLEADING.value(), "#ad1457",
      "unassessed", "#90a4ae");

  /** Relation colours, by wire value. */
  public static final Map<String, String> RELATIONS = table(
      RelationKind.SUPPORTS.value(), "#2e7d32",
      RelationKind.CONTRADICTS.value(), "#c62828",
      RelationKind.DENIES.value(), "#8e0000",
      RelationKind.OVERSTATES.value(), "#ef6c00",
      RelationKind.SAME_PROPOSITION.value(), "#1565c0",
      RelationKind.RESPONDS_TO.value(), "#6d4c41",
      RelationKind.ELABORATES.value(), "#546e7a");

  private Palette() {}

  /**
   * Returns the colour of a value in a table, or {@link #OTHER}.
   *
   * @param table one of this class's tables
   * @param value a wire value
   * @return a CSS colour
   */
  public static String colour(Map<String, String> table, String value) {
    return table.getOrDefault(value, OTHER);
  }

  private static Map<String, String> table(String... valuesAndColours) {
    Map<String, String> table = new LinkedHashMap<>();
    for (int i = 0; i < valuesAndColours.length; i += 2) {
      table.put(valuesAndColours[i], valuesAndColours[i + 1]);
    }
    return Collections.unmodifiableMap(table);
  }
}
