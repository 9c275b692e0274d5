package io.github.geoclaims.json.internal.read;

import static io.github.geoclaims.json.internal.read.DocumentReader.set;

import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;

/** Reads a {@link Source}. */
final class SourceReader {

  private SourceReader() {}

  static Source read(ReadContext c) {
    if (!c.beginObject("Source")) {
      return null;
    }
    Source.Builder b = Source.builder();
    String id = null;
    SourceKind kind = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "id":
          id = c.string();
          break;
        case "kind":
          kind = c.term(SourceKind::of);
          break;
        case "title":
          set(c.string(), b::title);
          break;
        case "url":
          set(c.string(), b::url);
          break;
        case "publisher":
          set(c.string(), b::publisher);
          break;
        case "authors":
          c.list("strings", ReadContext::string, b::addAuthor);
          break;
        case "language":
          set(c.string(), b::language);
          break;
        case "publishedAt":
          set(c.time(), b::publishedAt);
          break;
        case "retrievedAt":
          set(c.time(), b::retrievedAt);
          break;
        case "text":
          set(c.string(), b::text);
          break;
        case "citations":
          c.list("Citation", CitationReader::read, b::addCitation);
          break;
        case "attachedTo":
          set(c.string(), b::attachedTo);
          break;
        case "description":
          set(c.string(), b::description);
          break;
        default:
          c.otherProperty(p, b::putExtension);
      }
    }
    boolean complete = c.require("id", id) & c.require("kind", kind);
    c.endObject();
    return complete ? b.id(id).kind(kind).build() : null;
  }
}
