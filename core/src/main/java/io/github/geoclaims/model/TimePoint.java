package io.github.geoclaims.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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
  private final String text;
  // Kept as numbers, since every document compares points (statements against publication, spans' ends), and
  // made from the digits: the java.time objects are made only when asked for.
  private final long firstEpochDay;
  private final long lastEpochDay;
  /** The instant's seconds since the epoch, its nanoseconds and its offset in seconds; 0 when there is no instant. */
  private final long epochSecond;
  private final int nano;
  private final int offsetSeconds;
  /** The first day, made on the first request (a race makes two equal values, which is harmless). */
  private transient LocalDate firstDay;
  /** The instant, made on the first request unless given; {@code null} until then and when there is none. */
  private transient OffsetDateTime instant;

  /** Creates a year, month or day point from its days. */
  private TimePoint(TimePrecision precision, long firstEpochDay, long lastEpochDay, String text) {
    this.precision = precision;
    this.text = text;
    this.firstEpochDay = firstEpochDay;
    this.lastEpochDay = lastEpochDay;
    this.epochSecond = 0;
    this.nano = 0;
    this.offsetSeconds = 0;
  }

  /** Creates an instant from its day at its own offset, its seconds since the epoch, and its offset. */
  private TimePoint(long epochDay, long epochSecond, int nano, int offsetSeconds, String text) {
    this.precision = TimePrecision.INSTANT;
    this.text = text;
    this.firstEpochDay = epochDay;
    this.lastEpochDay = epochDay;
    this.epochSecond = epochSecond;
    this.nano = nano;
    this.offsetSeconds = offsetSeconds;
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
      // canonical text, and java.time's parser costs ten times as much. A field out of its range goes to
      // java.time, which rejects it with its own message.
      if (length == 4 && startsWithDate(text, 4)) {
        int year = digits(text, 0);
        return new TimePoint(TimePrecision.YEAR, epochDay(year, 1, 1), epochDay(year, 12, 31), text);
      }
      if (length == 7 && startsWithDate(text, 7)) {
        int year = digits(text, 0);
        int month = digits(text, 5);
        if (month >= 1 && month <= 12) {
          return new TimePoint(TimePrecision.MONTH, epochDay(year, month, 1),
              epochDay(year, month, lengthOfMonth(year, month)), text);
        }
        return ofMonth(YearMonth.of(year, month));
      }
      if (length == 10 && startsWithDate(text, 10)) {
        long day = epochDayOf(text);
        return day != INVALID ? new TimePoint(TimePrecision.DAY, day, day, text) : ofDay(date(text));
      }
      if (length == 20 && startsWithDate(text, 10) && isUtcSeconds(text)) {
        return instant(text, 0);
      }
      if (length == 25 && startsWithDate(text, 10) && isSecondsWithOffset(text) && !isZeroOffset(text)) {
        int hours = digits(text, 20);
        int minutes = digits(text, 23);
        int sign = text.charAt(19) == '-' ? -1 : 1;
        // Under 18 hours every offset is valid; from 18 on, java.time accepts exactly +-18:00.
        return instant(text, hours < 18 && minutes < 60 ? sign * (hours * 3600 + minutes * 60)
            : ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes).getTotalSeconds());
      }
      if (length > 11 && startsWithDate(text, 10) && text.charAt(10) == 'T' && isOneLine(text, 11)) {
        return ofInstant(OffsetDateTime.parse(text));
      }
    } catch (DateTimeException e) {   // also DateTimeParseException: a month 13, a 30th of February
      throw new IllegalArgumentException(invalid(text), e);
    }
    throw new IllegalArgumentException(invalid(text));
  }

  /** Stands for a date whose month or day is out of range in {@link #epochDayOf(String)}. */
  private static final long INVALID = Long.MIN_VALUE;

  /**
   * Returns the instant written as {@code YYYY-MM-DDTHH:MM:SS} and an offset of {@code offsetSeconds}, valid
   * offsets only; java.time decides when a field is out of range.
   */
  private static TimePoint instant(String text, int offsetSeconds) {
    long day = epochDayOf(text);
    int hour = digits(text, 11);
    int minute = digits(text, 14);
    int second = digits(text, 17);
    if (day == INVALID || hour > 23 || minute > 59 || second > 59) {
      return ofInstant(OffsetDateTime.of(date(text), time(text), ZoneOffset.ofTotalSeconds(offsetSeconds)));
    }
    long localSecond = day * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
    return new TimePoint(day, localSecond - offsetSeconds, 0, offsetSeconds, text);
  }

  private static final long SECONDS_PER_DAY = 86_400;

  /** Returns the date of text that {@link #startsWithDate(String, int) starts with} {@code YYYY-MM-DD}. */
  private static LocalDate date(String text) {
    return LocalDate.of(digits(text, 0), digits(text, 5), digits(text, 8));
  }

  /** Returns the time of a checked date-time text with seconds. */
  private static LocalTime time(String text) {
    return LocalTime.of(digits(text, 11), digits(text, 14), digits(text, 17));
  }

  /**
   * Returns the epoch day of text that {@link #startsWithDate(String, int) starts with} {@code YYYY-MM-DD}, or
   * {@link #INVALID} if its month or day is out of range.
   */
  private static long epochDayOf(String text) {
    int year = digits(text, 0);
    int month = digits(text, 5);
    int day = digits(text, 8);
    return month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month)
        ? epochDay(year, month, day) : INVALID;
  }

  /** Returns the number of days of a month of the proleptic Gregorian calendar. */
  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  private static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /**
   * Returns the days from 1970-01-01 to a valid date of the proleptic Gregorian calendar (ISO 8601's calendar), as
   * {@link LocalDate#toEpochDay()} does: whole years count 365 days plus their leap days, then the days of the
   * months before, then the day.
   */
  static long epochDay(int year, int month, int day) {
    long yearsBefore = year - 1L;
    long leapDaysBefore = Math.floorDiv(yearsBefore, 4) - Math.floorDiv(yearsBefore, 100)
        + Math.floorDiv(yearsBefore, 400);
    int daysBeforeMonth = DAYS_BEFORE_MONTH[month - 1] + (month > 2 && isLeap(year) ? 1 : 0);
    // 719,162 days from 0001-01-01 to 1970-01-01; year 0 is a leap year of 366 days
    return yearsBefore * 365 + leapDaysBefore + daysBeforeMonth + day - 1 - 719_162;
  }

  /** The days of a common year before each month. */
  private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

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
    requireFourDigits(year);
    return new TimePoint(TimePrecision.YEAR, epochDay(year, 1, 1), epochDay(year, 12, 31),
        String.format(Locale.ROOT, "%04d", year));
  }

  /**
   * Returns a point with month precision.
   *
   * @param month the month
   * @return the time point
   */
  public static TimePoint ofMonth(YearMonth month) {
    requireFourDigits(month.getYear());
    return new TimePoint(TimePrecision.MONTH, month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay(),
        month.toString());
  }

  /**
   * Returns a point with day precision.
   *
   * @param day the day
   * @return the time point
   */
  public static TimePoint ofDay(LocalDate day) {
    requireFourDigits(day.getYear());
    return new TimePoint(TimePrecision.DAY, day.toEpochDay(), day.toEpochDay(), day.toString());
  }

  /**
   * Returns an instant, keeping its UTC offset as given.
   *
   * @param instant the date-time with offset
   * @return the time point
   */
  public static TimePoint ofInstant(OffsetDateTime instant) {
    requireFourDigits(instant.getYear());
    TimePoint point = new TimePoint(instant.toLocalDate().toEpochDay(), instant.toEpochSecond(), instant.getNano(),
        instant.getOffset().getTotalSeconds(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant));
    point.instant = instant;
    return point;
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
    if (instant == null && precision == TimePrecision.INSTANT) {
      instant = OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, nano),
          ZoneOffset.ofTotalSeconds(offsetSeconds));
    }
    return Optional.ofNullable(instant);
  }

  /** Returns the first calendar day this point may stand for (an instant's local date at its own offset). */
  public LocalDate firstDay() {
    if (firstDay == null) {
      firstDay = LocalDate.ofEpochDay(firstEpochDay);
    }
    return firstDay;
  }

  /** Returns the last calendar day this point may stand for (an instant's local date at its own offset). */
  public LocalDate lastDay() {
    return lastEpochDay == firstEpochDay ? firstDay() : LocalDate.ofEpochDay(lastEpochDay);
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
    if (precision == TimePrecision.INSTANT && other.precision == TimePrecision.INSTANT) {
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
