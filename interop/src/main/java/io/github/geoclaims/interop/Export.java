package io.github.geoclaims.interop;

import java.util.Objects;

/**
 * One document exported to another format: the JSON value in that format (an array of ClaimReviews, an array of
 * Annotations, a STIX bundle) and the report of what was exported and what was not.
 *
 * <pre>{@code
 * Export export = new StixExporter().export(document);
 * Files.writeString(target, export.json());
 * export.report().lines().forEach(System.err::println);
 * }</pre>
 *
 * @param json the JSON text, ending with a line feed
 * @param report what was exported, what was skipped and why
 */
public record Export(String json, LossReport report) {

  /**
   * Creates an export.
   *
   * @param json the JSON text
   * @param report the loss report
   */
  public Export {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(report, "report");
  }
}
