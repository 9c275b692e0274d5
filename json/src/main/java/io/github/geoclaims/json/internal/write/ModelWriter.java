package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.json.spi.TokenOutput;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Writes model objects as JSON tokens to a {@link TokenOutput}, independent of the JSON library behind it.
 *
 * <p>Internal API.
 *
 * <pre>{@code
 * ModelWriter.write(document, output);
 * }</pre>
 */
public final class ModelWriter {

  private static final Map<Class<?>, BiConsumer<Object, Out>> WRITERS = Map.ofEntries(
      entry(ClaimDocument.class, DocumentWriter::write),
      entry(Actor.class, ActorWriter::write),
      entry(Role.class, RoleWriter::write),
      entry(Source.class, SourceWriter::write),
      entry(Citation.class, CitationWriter::write),
      entry(TextAnchor.class, TextAnchorWriter::write),
      entry(TimeSpec.class, TimeSpecWriter::write),
      entry(Claim.class, ClaimWriter::write),
      entry(Participant.class, ParticipantWriter::write),
      entry(Quantity.class, QuantityWriter::write),
      entry(Attribution.class, AttributionWriter::write),
      entry(VerificationAssessment.class, AssessmentWriter::write),
      entry(Evidence.class, EvidenceWriter::write),
      entry(AdmiraltyRating.class, AdmiraltyRatingWriter::write),
      entry(ClaimRelation.class, RelationWriter::write));

  private ModelWriter() {}

  private static <T> Map.Entry<Class<?>, BiConsumer<Object, Out>> entry(Class<T> type, BiConsumer<T, Out> writer) {
    return Map.entry(type, (value, out) -> writer.accept(type.cast(value), out));
  }

  /**
   * Returns {@code true} if {@link #write(Object, TokenOutput)} writes values of this class.
   *
   * <pre>{@code
   * ModelWriter.writes(Claim.class);   // true
   * }</pre>
   *
   * @param type a class
   * @return whether it is a model type, a {@link TimePoint} or a {@link Term}
   */
  public static boolean writes(Class<?> type) {
    return WRITERS.containsKey(type) || type == TimePoint.class || Term.class.isAssignableFrom(type);
  }

  /**
   * Writes a model object (a {@link ClaimDocument} with its {@code schemaVersion} first), a {@link TimePoint} or a
   * vocabulary {@link Term}.
   *
   * <pre>{@code
   * ModelWriter.write(claim, output);
   * }</pre>
   *
   * @param value the value
   * @param out the output
   * @throws IllegalArgumentException if the value is not a model type, or an extension value is not one JSON value
   */
  public static void write(Object value, TokenOutput out) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Term || value instanceof TimePoint) {
      out.string(value.toString());
      return;
    }
    BiConsumer<Object, Out> writer = WRITERS.get(value.getClass());
    if (writer == null) {
      throw new IllegalArgumentException("Not a geoclaims model type: " + value.getClass().getName());
    }
    writer.accept(value, new Out(out));
  }
}
