package io.github.geoclaims.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time known to a stated precision: a year, a month, a day, or an instant with its UTC offset.
 *
 * <p>"In August 2023" is {@code TimePoint.parse("2023-08")}, not the first of August: the precision is part of
 * the value, so nothing more precise than the text is ever invented. The precision follows from the ISO 8601
 * form, so a value and its precision cannot disagree.
 *
 * <pre>{@code
 * TimePoint august = TimePoint.parse("2023-08");
 * august.getPrecision();   // MONTH
 * august.lastDay();        // 2023-08-31
 * }</pre>
 */
public final class TimePoint {

  private final TimePrecision precision;
  private final LocalDate firstDay;
  private final OffsetDateTime instant;
  private final String text;
  // Kept as numbers, since every document compares points (statements against publication, spans' ends):
  private final long firstEpochDay;
  private final long lastEpochDay;
  /** The instant's seconds since the epoch and nanoseconds, or 0 when there is no instant. */
  private final long epochSecond;
  private final int nano;

  private TimePoint(TimePrecision precision, LocalDate firstDay, OffsetDateTime instant, String text) {
    this.precision = precision;
    this.firstDay = firstDay;
    this.instant = instant;
    this.text = text;
    this.firstEpochDay = firstDay.toEpochDay();
    switch (precision) {
      case YEAR:
        this.lastEpochDay = firstEpochDay + firstDay.lengthOfYear() - 1;
        break;
      case MONTH:
        this.lastEpochDay = firstEpochDay + firstDay.lengthOfMonth() - 1;
        break;
      default:
        this.lastEpochDay = firstEpochDay;
    }
    this.epochSecond = instant == null ? 0 : instant.toEpochSecond();
    this.nano = instant == null ? 0 : instant.getNano();
  }

  /**
   * Returns the time point written in ISO 8601 as {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or a date-time
   * with seconds and an offset ({@code 2024-01-09T14:30:00Z}, {@code 2024-01-09T14:30:00+09:00}).
   *
   * @param text the ISO 8601 text
   * @return the time point, with the precision the text has
   * @throws IllegalArgumentException if the text is none of these forms
   */
  public static TimePoint parse(String text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    try {
      // The date forms are built from their digits directly: the shapes are checked, so the text is already the
      // canonical text, and java.time's parser costs ten times as much.
      if (length == 4 && startsWithDate(text, 4)) {
        return new TimePoint(TimePrecision.YEAR, LocalDate.of(digits(text, 0), 1, 1), null, text);
      }
      if (length == 7 && startsWithDate(text, 7)) {
        return new TimePoint(TimePrecision.MONTH, LocalDate.of(digits(text, 0), digits(text, 5), 1), null, text);
      }
      if (length == 10 && startsWithDate(text, 10)) {
        return new TimePoint(TimePrecision.DAY, date(text), null, text);
      }
      if (length == 20 && startsWithDate(text, 10) && isUtcSeconds(text)) {
        return new TimePoint(TimePrecision.INSTANT, date(text), OffsetDateTime.of(date(text),
            LocalTime.of(digits(text, 11), digits(text, 14), digits(text, 17)), ZoneOffset.UTC), text);
      }
      if (length == 25 && startsWithDate(text, 10) && isSecondsWithOffset(text) && !isZeroOffset(text)) {
        int sign = text.charAt(19) == '-' ? -1 : 1;
        OffsetDateTime instant = OffsetDateTime.of(date(text),
            LocalTime.of(digits(text, 11), digits(text, 14), digits(text, 17)),
            ZoneOffset.ofHoursMinutes(sign * digits(text, 20), sign * digits(text, 23)));
        return new TimePoint(TimePrecision.INSTANT, date(text), instant, text);
      }
      if (length > 11 && startsWithDate(text, 10) && text.charAt(10) == 'T' && isOneLine(text, 11)) {
        return ofInstant(OffsetDateTime.parse(text));
      }
    } catch (DateTimeException e) {   // also DateTimeParseException: a month 13, a 30th of February
      throw new IllegalArgumentException(invalid(text), e);
    }
    throw new IllegalArgumentException(invalid(text));
  }

  /** Returns the date of text that {@link #startsWithDate(String, int) starts with} {@code YYYY-MM-DD}. */
  private static LocalDate date(String text) {
    return LocalDate.of(digits(text, 0), digits(text, 5), digits(text, 8));
  }

  /**
   * Returns the number written by the ASCII digits from {@code start} up to the next {@code -}, {@code :}, {@code T}
   * or {@code Z}: the digits of one field of a checked date or time.
   */
  private static int digits(String text, int start) {
    int value = 0;
    for (int i = start; i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
  }

  /** Returns {@code true} if the text continues its date with the time form {@code THH:MM:SSZ}, ASCII digits. */
  private static boolean isUtcSeconds(String text) {
    for (int i = 10; i < 20; i++) {
      char c = text.charAt(i);
      char expected = "T00:00:00Z".charAt(i - 10);
      if (expected == '0' ? c < '0' || c > '9' : c != expected) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code true} if the text continues its date with the time form {@code THH:MM:SS+HH:MM} (or {@code -}),
   * ASCII digits: a form whose text is already canonical unless its offset is zero (written {@code Z}).
   */
  private static boolean isSecondsWithOffset(String text) {
    for (int i = 10; i < 25; i++) {
      char c = text.charAt(i);
      char expected = "T00:00:00+00:00".charAt(i - 10);
      boolean matches = expected == '0' ? c >= '0' && c <= '9' : expected == '+' ? c == '+' || c == '-' : c == expected;
      if (!matches) {
        return false;
      }
    }
    return true;
  }

  /** Returns {@code true} if a text of the form {@code ...+HH:MM} has the offset {@code 00:00}. */
  private static boolean isZeroOffset(String text) {
    return text.regionMatches(20, "00:00", 0, 5);
  }

  /**
   * Returns {@code true} if the text starts with the first {@code length} characters of the form
   * {@code 2024-01-09}, with ASCII digits: the shapes {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD}.
   */
  private static boolean startsWithDate(String text, int length) {
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Returns {@code true} if the text has no line terminator from {@code start} on (what a regex's "." matches). */
  private static boolean isOneLine(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static String invalid(String text) {
    return "Expected an ISO 8601 year (2022), month (2023-08), day (2024-01-09) or date-time with offset"
        + " (2024-01-09T14:30:00Z) but was '" + text + "'";
  }

  /**
   * Returns a point with year precision.
   *
   * @param year the year, 0 to 9999
   * @return the time point
   */
  public static TimePoint ofYear(int year) {
    LocalDate first = Year.of(requireFourDigits(year)).atDay(1);
    return new TimePoint(TimePrecision.YEAR, first, null, String.format(Locale.ROOT, "%04d", year));
  }

  /**
   * Returns a point with month precision.
   *
   * @param month the month
   * @return the time point
   */
  public static TimePoint ofMonth(YearMonth month) {
    requireFourDigits(month.getYear());
    return new TimePoint(TimePrecision.MONTH, month.atDay(1), null, month.toString());
  }

  /**
   * Returns a point with day precision.
   *
   * @param day the day
   * @return the time point
   */
  public static TimePoint ofDay(LocalDate day) {
    requireFourDigits(day.getYear());
    return new TimePoint(TimePrecision.DAY, day, null, day.toString());
  }

  /**
   * Returns an instant, keeping its UTC offset as given.
   *
   * @param instant the date-time with offset
   * @return the time point
   */
  public static TimePoint ofInstant(OffsetDateTime instant) {
    requireFourDigits(instant.getYear());
    return new TimePoint(TimePrecision.INSTANT, instant.toLocalDate(), instant,
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant));
  }

  private static int requireFourDigits(int year) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("Year must have four digits (0000 to 9999) but was " + year);
    }
    return year;
  }

  /** Returns how precisely this point is known. */
  public TimePrecision getPrecision() {
    return precision;
  }

  /** Returns the instant, present only when the precision is {@link TimePrecision#INSTANT}. */
  public Optional<OffsetDateTime> getInstant() {
    return Optional.ofNullable(instant);
  }

  /** Returns the first calendar day this point may stand for (an instant's local date at its own offset). */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** Returns the last calendar day this point may stand for (an instant's local date at its own offset). */
  public LocalDate lastDay() {
    return lastEpochDay == firstEpochDay ? firstDay : LocalDate.ofEpochDay(lastEpochDay);
  }

  /**
   * Returns {@code true} if this point is certainly later than {@code other}: every moment it may stand for
   * comes after every moment the other may stand for. Two instants are compared exactly; anything coarser
   * is compared by calendar day.
   *
   * @param other the point to compare with
   * @return whether this point is certainly after the other
   */
  public boolean isCertainlyAfter(TimePoint other) {
    if (instant != null && other.instant != null) {
      return epochSecond > other.epochSecond || epochSecond == other.epochSecond && nano > other.nano;
    }
    return firstEpochDay > other.lastEpochDay;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimePoint && ((TimePoint) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the ISO 8601 text, with exactly this point's precision (instants always with seconds). */
  @Override
  public String toString() {
    return text;
  }
}
