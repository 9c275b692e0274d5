package io.github.geoclaims.interop.webannotation;

import io.github.geoclaims.model.Source;
import java.util.Optional;

/**
 * The IRIs an export gives what has no URL of its own, in the {@code urn:geoclaims:} namespace (unregistered, stable
 * for a document): {@code urn:geoclaims:DOCUMENT:attribution:ID} for an annotation,
 * {@code urn:geoclaims:DOCUMENT:claim:ID} for the claim in its body and {@code urn:geoclaims:DOCUMENT:source:ID}
 * for a source without a URL. Identifiers cannot contain a space or {@code /}, so each IRI reads back unambiguously.
 */
final class AnnotationIris {

  private static final String PREFIX = "urn:geoclaims:";

  private AnnotationIris() {}

  static String annotation(String documentId, String attributionId) {
    return PREFIX + documentId + ":attribution:" + attributionId;
  }

  static String claim(String documentId, String claimId) {
    return PREFIX + documentId + ":claim:" + claimId;
  }

  /** Returns the source's URL, else its URN. */
  static String source(String documentId, Source source) {
    return source.getUrl().orElse(PREFIX + documentId + ":source:" + source.getId());
  }

  /** Returns the attribution identifier an annotation IRI of this document names. */
  static Optional<String> attributionOf(String documentId, String iri) {
    return local(documentId, "attribution", iri);
  }

  /** Returns the claim identifier a body IRI of this document names. */
  static Optional<String> claimOf(String documentId, String iri) {
    return local(documentId, "claim", iri);
  }

  private static Optional<String> local(String documentId, String kind, String iri) {
    String prefix = PREFIX + documentId + ":" + kind + ":";
    return iri.startsWith(prefix) ? Optional.of(iri.substring(prefix.length())) : Optional.empty();
  }
}
