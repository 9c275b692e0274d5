package io.github.geoclaims.json.internal.write;

import io.github.geoclaims.model.ClaimDocument;
import java.util.Set;

/** Writes a {@link ClaimDocument}, properties in the order of its accessors. */
final class DocumentWriter {

  private DocumentWriter() {}

  /** The version written; readers accept any 1.x. */
  static final String SCHEMA_VERSION = "1.0";

  static final Set<String> RESERVED =
      Set.of("schemaVersion", "id", "title", "description", "actors", "sources", "claims", "relations");

  static void write(ClaimDocument d, Out o) {
    o.start();
    o.string("schemaVersion", SCHEMA_VERSION);
    o.string("id", d.getId());
    o.string("title", d.getTitle());
    o.string("description", d.getDescription());
    o.list("actors", d.getActors(), ActorWriter::write);
    o.list("sources", d.getSources(), SourceWriter::write);
    o.list("claims", d.getClaims(), ClaimWriter::write);
    o.list("relations", d.getRelations(), RelationWriter::write);
    o.extensions("ClaimDocument", d.getExtensions(), RESERVED);
    o.end();
  }
}
