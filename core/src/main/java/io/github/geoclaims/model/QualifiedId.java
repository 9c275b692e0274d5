package io.github.geoclaims.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference as written in a document: a local identifier ({@code ria-report}), or a global one that names
 * something in another document by that document's identifier and the local one, separated by a slash
 * ({@code 000_6fa328a5eb9c16d3/ria-report}). Identifiers contain no slash, so the split is unambiguous.
 *
 * <pre>{@code
 * QualifiedId id = QualifiedId.parse("000_6fa328a5eb9c16d3/ria-report");
 * id.getDocument();                      // Optional[000_6fa328a5eb9c16d3]
 * id.getLocalId();                       // ria-report
 * id.in("001_c7c8ae5a47a8219b");         // 000_6fa328a5eb9c16d3/ria-report
 * QualifiedId.parse("kirby").in("003");  // 003/kirby
 * }</pre>
 */
public final class QualifiedId {

  /** The character between a document's identifier and a local identifier. */
  public static final char SEPARATOR = '/';

  private final String document;
  private final String localId;

  private QualifiedId(String document, String localId) {
    this.document = document;
    this.localId = localId;
  }

  /**
   * Parses a reference: everything before the first slash is the document's identifier.
   *
   * @param reference the reference as written
   * @return the reference
   */
  public static QualifiedId parse(String reference) {
    int slash = reference.indexOf(SEPARATOR);
    return slash < 0
        ? new QualifiedId(null, reference)
        : new QualifiedId(reference.substring(0, slash), reference.substring(slash + 1));
  }

  /**
   * Returns the global reference to a local identifier of a document.
   *
   * @param document the document's identifier
   * @param localId the identifier within that document
   * @return the reference
   */
  public static QualifiedId of(String document, String localId) {
    return new QualifiedId(Objects.requireNonNull(document, "document"), Objects.requireNonNull(localId, "localId"));
  }

  /** Returns the identifier of the document named, or empty for a local reference. */
  public Optional<String> getDocument() {
    return Optional.ofNullable(document);
  }

  /** Returns the identifier within the document. */
  public String getLocalId() {
    return localId;
  }

  /**
   * Returns this reference as seen from a document: a local reference becomes global in that document; a global
   * one stays as it is.
   *
   * @param documentId the identifier of the document the reference is written in
   * @return the global reference
   */
  public QualifiedId in(String documentId) {
    return document != null ? this : of(documentId, localId);
  }

  /**
   * Returns {@code true} if this reference names something of another document than the given one.
   *
   * @param documentId the identifier of the document the reference is written in
   * @return whether the reference is global and names another document
   */
  public boolean isElsewhere(String documentId) {
    return document != null && !document.equals(documentId);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QualifiedId that && Objects.equals(document, that.document)
        && localId.equals(that.localId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, localId);
  }

  /** Returns the reference as written: {@code local} or {@code document/local}. */
  @Override
  public String toString() {
    return document == null ? localId : document + SEPARATOR + localId;
  }
}
