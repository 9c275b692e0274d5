package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.json.internal.wire.DocumentLayout;
import io.github.geoclaims.json.spi.TokenOutput;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.meta.Property;
import java.util.Map;
import java.util.Objects;

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

  /** A writer per model type, planned from the metamodel. */
  private static final Map<Class<?>, TypeWriter> WRITERS = TypeWriter.plan();

  private ModelWriter() {}

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
    TypeWriter writer = WRITERS.get(value.getClass());
    if (writer == null) {
      throw new IllegalArgumentException("Not a geoclaims model type: " + value.getClass().getName());
    }
    writer.write(value, new Out(out));
  }

  /**
   * Opens a document and writes its header: {@code schemaVersion} and every property before the claims
   * ({@link DocumentLayout#HEADER}), as {@link #write(Object, TokenOutput)} would. The streaming writer goes on
   * with the claims, the relations, the extensions and the closing brace.
   *
   * <pre>{@code
   * ModelWriter.writeHeader(header, output);
   * }</pre>
   *
   * @param header the document whose header to write
   * @param out the output
   */
  public static void writeHeader(ClaimDocument header, TokenOutput out) {
    TypeWriter document = WRITERS.get(ClaimDocument.class);
    Out writing = new Out(out);
    out.startObject();
    writing.string(DocumentLayout.SCHEMA_VERSION, DocumentLayout.WRITTEN_VERSION);
    for (Property property : DocumentLayout.HEADER) {
      document.writeProperty(property, header, writing);
    }
  }
}
