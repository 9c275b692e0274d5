package io.github.geoclaims.json;

import io.github.geoclaims.json.internal.wire.DocumentLayout;
import io.github.geoclaims.json.internal.write.ModelWriter;
import io.github.geoclaims.json.spi.TokenOutput;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Source;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one large document piece by piece in the canonical layout: the header, then the claims one at a time,
 * then the relations, then the document's extension properties. The bytes are identical to
 * {@link io.github.geoclaims.json.GeoClaimsJson#write(ClaimDocument) GeoClaimsJson.write} of the same document, and
 * only the current claim is held in memory. Open one with
 * {@link io.github.geoclaims.json.GeoClaimsJson#claimWriter(java.nio.file.Path) GeoClaimsJson.claimWriter}.
 *
 * <p>Nothing is validated (as {@code GeoClaimsJson.write}); read the result back with a {@link ClaimStreamReader}
 * to validate it.
 *
 * <pre>{@code
 * try (ClaimStreamWriter out = GeoClaimsJson.standard().claimWriter(Path.of("huge.json"))) {
 *   out.writeHeader(ClaimDocument.builder().id("feed").addActor(russia).addSource(article).build());
 *   for (Claim claim : claims) {
 *     out.writeClaim(claim);
 *   }
 *   out.writeRelation(relation);
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class ClaimStreamWriter implements AutoCloseable {

  private enum State {
    NEW,
    HEADER,
    CLAIMS,
    RELATIONS,
    CLOSED
  }

  private final TokenOutput out;
  private final Closeable finish;
  private State state = State.NEW;
  private final Map<String, String> extensions = new LinkedHashMap<>();
  private List<ClaimRelation> headerRelations = List.of();
  private long claims;

  private ClaimStreamWriter(TokenOutput out, Closeable finish) {
    this.out = out;
    this.finish = finish;
  }

  /**
   * Opens a writer over a token output. Internal API for the adapters of a JSON library: use
   * {@code GeoClaimsJson.claimWriter(...)}.
   *
   * <pre>{@code
   * ClaimStreamWriter writer = ClaimStreamWriter.open(output, () -> { generator.writeRaw('\n'); generator.close(); });
   * }</pre>
   *
   * @param out the tokens, laid out canonically by the adapter
   * @param finish run by {@link #close()} after the closing brace: ends the text and releases the output
   * @return the writer
   */
  static ClaimStreamWriter open(TokenOutput out, Closeable finish) {
    return new ClaimStreamWriter(Objects.requireNonNull(out, "out"), Objects.requireNonNull(finish, "finish"));
  }

  /**
   * Writes the header: {@code schemaVersion}, the id, title, description, actors and sources of {@code header}.
   * Its claims, if any, are written as the first claims, its relations before any other relation, and its
   * extension properties at the end, where the canonical layout puts them.
   *
   * <pre>{@code
   * writer.writeHeader(reader.header());
   * }</pre>
   *
   * @param header the document's header
   * @throws IllegalStateException if a header was written already
   */
  public void writeHeader(ClaimDocument header) {
    Objects.requireNonNull(header, "header");
    require(state == State.NEW, "The header is written once, first");
    ModelWriter.writeHeader(header, out);
    state = State.HEADER;
    header.getExtensions().forEach(this::writeExtension);
    headerRelations = header.getRelations();
    for (Claim claim : header.getClaims()) {
      writeClaim(claim);
    }
  }

  /**
   * Writes the next claim.
   *
   * <pre>{@code
   * writer.writeClaim(claim);
   * }</pre>
   *
   * @param claim the claim
   * @throws IllegalStateException before the header or after a relation
   * @throws IllegalArgumentException if an extension value is not one JSON value or has a standard name
   * @throws UncheckedIOException if writing fails
   */
  public void writeClaim(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    require(state == State.HEADER || state == State.CLAIMS,
        state == State.NEW ? "Write the header first" : "Claims come before the relations");
    if (state == State.HEADER) {
      out.name(DocumentLayout.CLAIMS.name());
      out.startArray();
      state = State.CLAIMS;
    }
    ModelWriter.write(claim, out);
    claims++;
  }

  /**
   * Writes a relation; claims can no longer be written.
   *
   * <pre>{@code
   * writer.writeRelation(relation);
   * }</pre>
   *
   * @param relation the relation
   */
  public void writeRelation(ClaimRelation relation) {
    Objects.requireNonNull(relation, "relation");
    require(state != State.NEW && state != State.CLOSED, "Write the header first");
    startRelations();
    ModelWriter.write(relation, out);
  }

  /**
   * Adds a document extension property, written at the end (after those of the header), as
   * {@code GeoClaimsJson.write} writes them.
   *
   * <pre>{@code
   * writer.writeExtension("x-generator", "\"nightly\"");
   * }</pre>
   *
   * @param name the name, starting with {@code x-}
   * @param json the value as JSON text
   * @throws IllegalArgumentException if the name is a standard property or was added already
   */
  public void writeExtension(String name, String json) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
    require(state != State.NEW && state != State.CLOSED, "Write the header first");
    if (DocumentLayout.RESERVED_NAMES.contains(name)) {
      throw new IllegalArgumentException("Extension property '" + name + "' of ClaimDocument has the name of a"
          + " standard property; extension names start with x-");
    }
    if (extensions.putIfAbsent(name, json) != null) {
      throw new IllegalArgumentException("Extension property '" + name + "' is written twice");
    }
  }

  /**
   * Returns how many claims were written.
   *
   * <pre>{@code
   * long written = writer.claimCount();
   * }</pre>
   */
  public long claimCount() {
    return claims;
  }

  /**
   * Ends the document: closes the lists, writes the extension properties, the closing brace and the final line
   * break, and flushes. A stream given to {@code GeoClaimsJson.claimWriter(OutputStream)} stays open; a file is
   * closed. Closing a writer without a header writes nothing.
   *
   * <pre>{@code
   * writer.close();
   * }</pre>
   *
   * @throws IllegalArgumentException if an extension value is not one JSON value
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void close() {
    if (state == State.CLOSED) {
      return;
    }
    try {
      if (state != State.NEW) {
        if (!headerRelations.isEmpty()) {
          startRelations();
        }
        if (state == State.CLAIMS || state == State.RELATIONS) {
          out.endArray();
        }
        for (Map.Entry<String, String> entry : new ArrayList<>(extensions.entrySet())) {
          out.name(entry.getKey());
          try {
            out.json(entry.getValue());
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Extension property '" + entry.getKey() + "' of ClaimDocument is"
                + " not one JSON value: " + e.getMessage(), e);
          }
        }
        out.endObject();
      }
    } finally {
      state = State.CLOSED;
      try {
        finish.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void startRelations() {
    if (state == State.RELATIONS) {
      return;
    }
    if (state == State.CLAIMS) {
      out.endArray();
    }
    out.name(DocumentLayout.RELATIONS.name());
    out.startArray();
    state = State.RELATIONS;
    List<ClaimRelation> pending = headerRelations;
    headerRelations = List.of();
    for (ClaimRelation relation : pending) {
      ModelWriter.write(relation, out);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
