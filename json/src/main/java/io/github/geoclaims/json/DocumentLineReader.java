package io.github.geoclaims.json;

import io.github.geoclaims.model.ClaimDocument;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads JSON Lines of documents: one compact document per line (as {@link GeoClaimsJson#writeLine(ClaimDocument)}
 * writes them), each read and validated strictly on its own. Blank lines are skipped; a line that is not a valid
 * document is returned with its problems, and reading goes on with the next line. Closing the reader closes the
 * text it reads.
 *
 * <pre>{@code
 * try (DocumentLineReader lines = json.lineReader(Path.of("articles.jsonl"))) {
 *   while (lines.hasNext()) {
 *     DocumentLine line = lines.next();
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class DocumentLineReader implements Iterator<DocumentLine>, Closeable {

  private final GeoClaimsJson json;
  private final BufferedReader text;
  private long number;
  private String pending;

  DocumentLineReader(GeoClaimsJson json, BufferedReader text) {
    this.json = json;
    this.text = text;
  }

  /**
   * Returns {@code true} if another non-blank line follows.
   *
   * @throws UncheckedIOException if reading fails
   */
  @Override
  public boolean hasNext() {
    try {
      while (pending == null) {
        String line = text.readLine();
        if (line == null) {
          return false;
        }
        number++;
        if (!line.isBlank()) {
          pending = line;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the next non-blank line.
   *
   * @return the line, with its document or its problems
   * @throws NoSuchElementException if no line follows
   * @throws UncheckedIOException if reading fails
   */
  @Override
  public DocumentLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more lines");
    }
    String line = pending;
    pending = null;
    try {
      ClaimDocument document = json.read(line);
      return new DocumentLine(number, Optional.of(document), List.of());
    } catch (GeoClaimsJsonException e) {
      return new DocumentLine(number, Optional.empty(), e.getProblems());
    }
  }

  /**
   * Closes the text read.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    text.close();
  }
}
