package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.InformationCredibility;
import io.github.geoclaims.validation.constraints.SourceReliability;
import org.immutables.value.Value;

/**
 * A NATO Admiralty Code (STANAG 2511) rating: the reliability of the source ({@code A} to {@code F}) and the
 * credibility of the information ({@code 1} to {@code 6}); {@code B2} is "usually reliable, probably true".
 *
 * <pre>{@code
 * AdmiraltyRating rating = AdmiraltyRating.of("B", 2);
 * }</pre>
 */
@Value.Immutable
abstract class AbstractAdmiraltyRating {

  /** Returns the source-reliability grade, {@code A} (completely reliable) to {@code F} (cannot be judged). */
  @SourceReliability
  @Value.Parameter
  public abstract String getSourceReliability();

  /** Returns the information-credibility grade, {@code 1} (confirmed) to {@code 6} (cannot be judged). */
  @InformationCredibility
  @Value.Parameter
  public abstract int getInformationCredibility();
}
