package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.json.internal.wire.DocumentLayout;
import io.github.geoclaims.json.spi.TokenOutput;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.codec.ModelCodecs;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes model objects as JSON tokens to a {@link TokenOutput}, independent of the JSON library behind it: each model
 * type by its write sequence generated in core ({@link ModelCodecs}), into an {@link Out}.
 *
 * <p>Internal API.
 *
 * <pre>{@code
 * ModelWriter.write(document, output);
 * }</pre>
 */
public final class ModelWriter {

  /** The model types. */
  private static final Set<Class<?>> TYPES =
      Metamodel.types().stream().map(ModelType::javaType).collect(Collectors.toUnmodifiableSet());

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
    return TYPES.contains(type) || type == TimePoint.class || Term.class.isAssignableFrom(type);
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
    ModelCodecs.write(value, new Out(out));
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
    Out writing = new Out(out);
    writing.beginObject(DocumentLayout.DOCUMENT.name());
    for (int i = 0; i < DocumentLayout.HEADER.size(); i++) {
      // The header is the document's first properties: its indexes are theirs.
      ModelCodecs.writeProperty(header, i, writing);
    }
  }
}
