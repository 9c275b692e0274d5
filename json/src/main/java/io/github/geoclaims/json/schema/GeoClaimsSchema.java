package io.github.geoclaims.json.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the geoclaims wire format 1.x, as a resource of this jar. It describes the
 * structure {@link io.github.geoclaims.json.GeoClaimsJson#read(String)} accepts: every type, its required properties,
 * {@code additionalProperties: false} with {@code x-} extension properties where the model has extensions, the
 * standard vocabulary values plus the {@code x-} extension pattern, identifiers, time points and number ranges.
 * Rules across objects (references resolve, identifiers are unique, quotes match the source text) are the reader's
 * alone; see {@code docs/wire-format.md}, section "JSON Schema".
 *
 * <pre>{@code
 * String schema = GeoClaimsSchema.text();
 * try (InputStream in = GeoClaimsSchema.openStream()) { ... }
 * URL url = GeoClaimsJson.class.getClassLoader().getResource(GeoClaimsSchema.RESOURCE_PATH);
 * }</pre>
 */
public final class GeoClaimsSchema {

  /** The path of the schema in the jar, for {@link ClassLoader#getResource(String)}; stable across releases. */
  public static final String RESOURCE_PATH = "io/github/geoclaims/json/schema/geoclaims-1.schema.json";

  /** The schema's {@code $id}: a name for {@code $ref}s and registries, not a location it is downloaded from. */
  public static final String ID = "https://github.com/geoclaims/geoclaims/schema/geoclaims-1.schema.json";

  /** The JSON Schema dialect the schema is written in ({@code $schema}). */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private GeoClaimsSchema() {}

  /**
   * Opens the schema resource (UTF-8 JSON); the caller closes the stream.
   *
   * <pre>{@code
   * try (InputStream in = GeoClaimsSchema.openStream()) {
   *   JsonNode schema = mapper.readTree(in);
   * }
   * }</pre>
   *
   * @return a new stream over the schema
   * @throws IllegalStateException if the resource is missing (a broken jar)
   */
  public static InputStream openStream() {
    InputStream in = GeoClaimsSchema.class.getClassLoader().getResourceAsStream(RESOURCE_PATH);
    if (in == null) {
      throw new IllegalStateException("The JSON Schema resource " + RESOURCE_PATH + " is missing from the classpath");
    }
    return in;
  }

  /**
   * Returns the schema as text.
   *
   * <pre>{@code
   * Files.writeString(Path.of("geoclaims.schema.json"), GeoClaimsSchema.text());
   * }</pre>
   *
   * @return the schema, JSON text ending with a line break
   */
  public static String text() {
    try (InputStream in = openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
