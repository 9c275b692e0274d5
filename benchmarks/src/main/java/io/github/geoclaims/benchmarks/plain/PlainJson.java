package io.github.geoclaims.benchmarks.plain;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.geoclaims.jackson.GeoClaimsModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Plain Jackson databind over {@link PlainModel}: a default {@link JsonMapper} (plus plain notation for decimals)
 * and the canonical pretty printer for writing, so that it writes the same bytes as {@code GeoClaimsJson.write}.
 *
 * <pre>{@code
 * PlainModel.Document document = PlainJson.read(bytes);
 * PlainJson.write(document, out);
 * }</pre>
 */
public final class PlainJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      // a character outside the BMP as four bytes of UTF-8, as geoclaims writes it, not as two escaped surrogates
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();
  private static final ObjectReader READER = MAPPER.readerFor(PlainModel.Document.class);
  private static final ObjectWriter WRITER = MAPPER.writerFor(PlainModel.Document.class)
      .with(GeoClaimsModule.canonicalPrettyPrinter());

  private PlainJson() {}

  /**
   * Reads a document.
   *
   * @param json UTF-8 JSON
   * @return the records
   */
  public static PlainModel.Document read(byte[] json) {
    try {
      return READER.readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document as UTF-8, followed by a line break as the canonical layout ends.
   *
   * @param document the records
   * @param out the stream, left open
   */
  public static void write(PlainModel.Document document, OutputStream out) {
    try {
      WRITER.writeValue(out, document);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
