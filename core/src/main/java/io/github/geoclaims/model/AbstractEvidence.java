package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One piece of evidence behind a {@link VerificationAssessment}: what it is, and the source that holds it when
 * that source is in the document.
 *
 * <pre>{@code
 * Evidence images = Evidence.builder()
 *     .description("Images of containers being loaded onto a Russian-flagged vessel")
 *     .source("white-house-images").build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractEvidence {

  /** Returns what the evidence is. */
  @NotBlank
  public abstract String getDescription();

  /** Returns the identifier of the source that holds the evidence. */
  public abstract Optional<@Identifier(refersTo = Source.class) String> getSource();
}
