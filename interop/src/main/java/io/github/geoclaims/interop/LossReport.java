package io.github.geoclaims.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an export carried over and what it could not: how many items were exported, and each item skipped with the
 * reason. An exporter fills one report per document; the command line prints its {@link #lines()} on standard error.
 *
 * <pre>{@code
 * LossReport report = export.report();
 * report.exported();                       // 3
 * report.skipped().get(0).item();          // "/claims/3/assessments/0"
 * }</pre>
 *
 * @param format the name of the target format, such as {@code ClaimReview}
 * @param exported how many items were exported
 * @param skipped the items not exported, in document order
 */
public record LossReport(String format, int exported, List<Skip> skipped) {

  /**
   * Creates a report.
   *
   * @param format the target format
   * @param exported the number of items exported
   * @param skipped the skipped items
   */
  public LossReport {
    Objects.requireNonNull(format, "format");
    skipped = List.copyOf(skipped);
  }

  /**
   * One item left out of an export.
   *
   * @param item what was left out: its JSON Pointer in the geoclaims document ({@code /claims/3/assessments/0})
   * @param reason why, in words a person can act on
   */
  public record Skip(String item, String reason) {

    /**
     * Creates a skip.
     *
     * @param item the item
     * @param reason the reason
     */
    public Skip {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Returns the report as lines for a person: a count line, then one line per skipped item.
   *
   * <pre>{@code
   * "ClaimReview: 2 exported, 1 skipped"
   * "  skipped /claims/3/assessments/0: no URL: no source the assessor published has one, ..."
   * }</pre>
   *
   * @return the lines, without line terminators
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(format + ": " + exported + " exported, " + skipped.size() + " skipped");
    for (Skip skip : skipped) {
      lines.add("  skipped " + skip.item() + ": " + skip.reason());
    }
    return lines;
  }
}
