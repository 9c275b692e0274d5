package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.Source;
import java.util.Set;

/** Writes a {@link Source}, properties in the order of its accessors. */
final class SourceWriter {

  private SourceWriter() {}

  static final Set<String> RESERVED = Set.of("id", "kind", "title", "url", "publisher", "authors", "language",
      "publishedAt", "retrievedAt", "text", "citations", "attachedTo", "description");

  static void write(Source s, Out o) {
    o.start();
    o.string("id", s.getId());
    o.term("kind", s.getKind());
    o.string("title", s.getTitle());
    o.string("url", s.getUrl());
    o.string("publisher", s.getPublisher());
    o.strings("authors", s.getAuthors());
    o.string("language", s.getLanguage());
    o.time("publishedAt", s.getPublishedAt());
    o.time("retrievedAt", s.getRetrievedAt());
    o.string("text", s.getText());
    o.list("citations", s.getCitations(), CitationWriter::write);
    o.string("attachedTo", s.getAttachedTo());
    o.string("description", s.getDescription());
    o.extensions("Source", s.getExtensions(), RESERVED);
    o.end();
  }
}
