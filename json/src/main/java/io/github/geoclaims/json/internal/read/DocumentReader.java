package io.github.geoclaims.json.internal.read;

import io.github.geoclaims.json.spi.TokenInput;
import io.github.geoclaims.model.ClaimDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@link ClaimDocument}, including its {@code schemaVersion}. */
final class DocumentReader {

  /** The major version of the wire format this reader understands. */
  static final int MAJOR = 1;

  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private DocumentReader() {}

  static ClaimDocument read(ReadContext c) {
    if (!c.beginObject("ClaimDocument")) {
      return null;
    }
    ClaimDocument.Builder b = ClaimDocument.builder();
    String id = null;
    String version = null;
    for (String p = c.nextProperty(); p != null; p = c.nextProperty()) {
      switch (p) {
        case "schemaVersion":
          version = version(c);
          break;
        case "id":
          id = c.string();
          break;
        case "title":
          set(c.string(), b::title);
          break;
        case "description":
          set(c.string(), b::description);
          break;
        case "actors":
          c.list("Actor", ActorReader::read, b::addActor);
          break;
        case "sources":
          c.list("Source", SourceReader::read, b::addSource);
          break;
        case "claims":
          c.list("Claim", ClaimReader::read, b::addClaim);
          break;
        case "relations":
          c.list("ClaimRelation", RelationReader::read, b::addRelation);
          break;
        default:
          c.otherProperty(p, b::putExtension);
      }
    }
    boolean complete = c.require("schemaVersion", version) & c.require("id", id);
    c.endObject();
    return complete ? b.id(id).build() : null;
  }

  private static String version(ReadContext c) {
    if (c.input().current() != TokenInput.Token.STRING) {
      c.problem("json.unsupported-version", "Expected schemaVersion as a string \"" + MAJOR + ".<minor>\" but was "
          + TokenInput.describe(c.input().current()) + " at /schemaVersion");
      c.skipValue();
      return null;
    }
    String text = c.input().text();
    Matcher matcher = VERSION.matcher(text);
    if (!matcher.matches()) {
      c.problem("json.unsupported-version", "Expected schemaVersion \"" + MAJOR + ".<minor>\", such as \"1.0\","
          + " but was \"" + text + "\"");
      return null;
    }
    if (Integer.parseInt(matcher.group(1)) != MAJOR) {
      c.problem("json.unsupported-version", "Unsupported schemaVersion \"" + text + "\": this reader reads "
          + MAJOR + ".x; a different major version is a different format");
      return null;
    }
    return text;
  }

  static <T> void set(T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
