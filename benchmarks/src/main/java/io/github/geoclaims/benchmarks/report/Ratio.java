package io.github.geoclaims.benchmarks.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ratios {@code benchmarks/run} reports, each between two benchmarks measured on the same document, with the
 * target of issue 14 where there is one. A benchmark is named by its method; its class is the method's name,
 * capitalised, followed by {@code Benchmark} ({@code plainRead} is {@code PlainReadBenchmark.plainRead}).
 *
 * <pre>{@code
 * double r1 = Ratio.READ.of(read, plainRead);   // throughput of read over that of plainRead
 * }</pre>
 */
public enum Ratio {

  /** Validating read over plain databind into records, throughput: validation for free at 1.0. */
  READ("read/plainRead", "read", "plainRead", Measure.THROUGHPUT, Bound.AT_LEAST, 1.0),
  /** Canonical write over plain databind's write, throughput. */
  WRITE("write/plainWrite", "write", "plainWrite", Measure.THROUGHPUT, Bound.AT_LEAST, 1.0),
  /** Validation alone over a validating read, time: the share of a read that validation would be. */
  VALIDATE("validate/read", "validate", "read", Measure.TIME, Bound.AT_MOST, 0.2),
  /** Validating read over a bare token loop, throughput: how close reading comes to the parser's floor. */
  SCAN("read/scan", "read", "scan", Measure.THROUGHPUT, Bound.NONE, Double.NaN),
  /** Streamed validating read of a file over a whole-document validating read of its bytes, throughput. */
  STREAM("stream/read", "stream", "read", Measure.THROUGHPUT, Bound.AT_LEAST, 0.9),
  /** Validating read on the Jackson 3 backend over plain (Jackson 2) databind, throughput. */
  READ3("read3/plainRead", "read3", "plainRead", Measure.THROUGHPUT, Bound.NONE, Double.NaN),
  /** Unvalidated read over plain databind, throughput. */
  UNVALIDATED("readUnvalidated/plainRead", "readUnvalidated", "plainRead", Measure.THROUGHPUT, Bound.AT_LEAST, 1.2),
  /** Bytes allocated per validating read over those of plain databind (same document, so per claim too). */
  ALLOCATION("alloc:read/plainRead", "read", "plainRead", Measure.ALLOCATION, Bound.AT_MOST, 1.0);

  /** The ratios of the last line, in its order. */
  public static final List<Ratio> LAST_LINE = List.of(READ, WRITE, VALIDATE, SCAN, STREAM);

  /** What a ratio divides. */
  enum Measure {
    /** Operations per second of the numerator over those of the denominator: above 1, the numerator is faster. */
    THROUGHPUT,
    /** Time per operation of the numerator over that of the denominator. */
    TIME,
    /** Bytes allocated per operation of the numerator over those of the denominator. */
    ALLOCATION
  }

  /** Which side of its target a ratio must be on. */
  enum Bound {
    AT_LEAST,
    AT_MOST,
    NONE
  }

  private final String label;
  private final String numerator;
  private final String denominator;
  private final Measure measure;
  private final Bound bound;
  private final double target;

  Ratio(String label, String numerator, String denominator, Measure measure, Bound bound, double target) {
    this.label = label;
    this.numerator = numerator;
    this.denominator = denominator;
    this.measure = measure;
    this.bound = bound;
    this.target = target;
  }

  /**
   * Returns the label, such as {@code read/plainRead}.
   *
   * <pre>{@code
   * String label = Ratio.STREAM.label();   // "stream/read"
   * }</pre>
   */
  public String label() {
    return label;
  }

  /**
   * Returns the benchmark of the numerator.
   *
   * <pre>{@code
   * String name = Ratio.READ.numerator();   // "read"
   * }</pre>
   */
  public String numerator() {
    return numerator;
  }

  /**
   * Returns the benchmark of the denominator, the baseline.
   *
   * <pre>{@code
   * String name = Ratio.READ.denominator();   // "plainRead"
   * }</pre>
   */
  public String denominator() {
    return denominator;
  }

  /**
   * Returns the ratio of two scores measured together.
   *
   * <pre>{@code
   * double r = Ratio.VALIDATE.of(validate, read);   // time of validate over time of read
   * }</pre>
   *
   * @param top the numerator's score
   * @param bottom the denominator's score
   * @return the ratio, NaN if a side was not measured
   */
  public double of(Score top, Score bottom) {
    return switch (measure) {
      case THROUGHPUT -> top.opsPerSecond() / bottom.opsPerSecond();
      case TIME -> bottom.opsPerSecond() / top.opsPerSecond();
      case ALLOCATION -> top.bytesPerOperation() / bottom.bytesPerOperation();
    };
  }

  /**
   * Returns the target, such as {@code >= 1.00}, or an empty string for a ratio without one.
   *
   * <pre>{@code
   * String target = Ratio.VALIDATE.target();   // "<= 0.20"
   * }</pre>
   */
  public String target() {
    return switch (bound) {
      case AT_LEAST -> String.format(Locale.ROOT, ">= %.2f", target);
      case AT_MOST -> String.format(Locale.ROOT, "<= %.2f", target);
      case NONE -> "";
    };
  }

  /**
   * Returns {@code met}, {@code MISSED}, or an empty string for a ratio without a target or a value.
   *
   * <pre>{@code
   * String verdict = Ratio.READ.verdict(1.04);   // "met"
   * }</pre>
   *
   * @param value the ratio, such as the median over pairs
   */
  public String verdict(double value) {
    if (bound == Bound.NONE || Double.isNaN(value)) {
      return "";
    }
    boolean met = bound == Bound.AT_LEAST ? value >= target : value <= target;
    return met ? "met" : "MISSED";
  }

  /**
   * Returns {@code label=value} for each ratio, the values with two decimals ({@code n/a} if missing or NaN),
   * separated by spaces.
   *
   * <pre>{@code
   * String line = "ratios: " + Ratio.assignments(Ratio.LAST_LINE, medians::get);
   * }</pre>
   *
   * @param ratios the ratios, in the order to print
   * @param values the value of each ratio, or {@code null}
   */
  public static String assignments(List<Ratio> ratios, Function<Ratio, Double> values) {
    return ratios.stream().map(r -> r.label + "=" + format(values.apply(r))).collect(Collectors.joining(" "));
  }

  /**
   * Returns the last line of a run: {@code ratios: read/plainRead=R1 write/plainWrite=R2 validate/read=R3
   * read/scan=R4 stream/read=R5}.
   *
   * <pre>{@code
   * System.out.println(Ratio.lastLine(medians));
   * }</pre>
   *
   * @param values the value of each ratio; a missing one prints as {@code n/a}
   */
  public static String lastLine(Map<Ratio, Double> values) {
    return "ratios: " + assignments(LAST_LINE, values::get);
  }

  private static String format(Double value) {
    return value == null || Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }
}
