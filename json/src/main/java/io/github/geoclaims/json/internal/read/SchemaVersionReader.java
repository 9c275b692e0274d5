package io.github.geoclaims.json.internal.read;

import io.github.geoclaims.json.internal.wire.DocumentLayout;
import io.github.geoclaims.json.spi.TokenInput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code schemaVersion} of a document: the wire format's envelope around a {@code ClaimDocument}. */
final class SchemaVersionReader implements ReadContext.Envelope {

  private static final Pattern VERSION = Pattern.compile(DocumentLayout.VERSION_NUMBER + "\\." + DocumentLayout.VERSION_NUMBER);

  @Override
  public String type() {
    return DocumentLayout.DOCUMENT.name();
  }

  @Override
  public String name() {
    return DocumentLayout.SCHEMA_VERSION;
  }

  @Override
  public Object read(ReadContext c) {
    int major = DocumentLayout.MAJOR;
    if (c.input().current() != TokenInput.Token.STRING) {
      c.problem("json.unsupported-version", "Expected schemaVersion as a string \"" + major + ".<minor>\" but was "
          + TokenInput.describe(c.input().current()) + " at /" + name());
      c.skipValue();
      return null;
    }
    String text = c.input().text();
    Matcher matcher = VERSION.matcher(text);
    if (!matcher.matches()) {
      c.problem("json.unsupported-version", "Expected schemaVersion \"" + major + ".<minor>\", such as \"1.0\","
          + " but was \"" + text + "\"");
      return null;
    }
    if (Integer.parseInt(matcher.group(1)) != major) {
      c.problem("json.unsupported-version", "Unsupported schemaVersion \"" + text + "\": this reader reads "
          + major + ".x; a different major version is a different format");
      return null;
    }
    return text;
  }
}
