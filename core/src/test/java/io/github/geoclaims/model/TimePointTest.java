package io.github.geoclaims.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimePointTest {

  @Test
  void parsesYearAsTheWholeYear() {
    TimePoint year = TimePoint.parse("2022");
    assertThat(year.getPrecision()).isEqualTo(TimePrecision.YEAR);
    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(year.getInstant()).isEmpty();
    assertThat(year).hasToString("2022");
  }

  @Test
  void parsesMonthAsTheWholeMonth() {
    TimePoint month = TimePoint.parse("2023-08");
    assertThat(month.getPrecision()).isEqualTo(TimePrecision.MONTH);
    assertThat(month.firstDay()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(month.lastDay()).isEqualTo(LocalDate.of(2023, 8, 31));
    assertThat(month.getInstant()).isEmpty();
    assertThat(month).hasToString("2023-08");
    assertThat(TimePoint.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void parsesDayAsOneDay() {
    TimePoint day = TimePoint.parse("2024-01-09");
    assertThat(day.getPrecision()).isEqualTo(TimePrecision.DAY);
    assertThat(day.firstDay()).isEqualTo(LocalDate.of(2024, 1, 9));
    assertThat(day.lastDay()).isEqualTo(LocalDate.of(2024, 1, 9));
    assertThat(day.getInstant()).isEmpty();
    assertThat(day).hasToString("2024-01-09");
  }

  @Test
  void parsesInstantKeepingItsOffset() {
    TimePoint instant = TimePoint.parse("2024-01-09T23:30:00-05:00");
    assertThat(instant.getPrecision()).isEqualTo(TimePrecision.INSTANT);
    assertThat(instant.getInstant()).contains(OffsetDateTime.of(2024, 1, 9, 23, 30, 0, 0, ZoneOffset.ofHours(-5)));
    assertThat(instant.firstDay()).isEqualTo(LocalDate.of(2024, 1, 9));
    assertThat(instant.lastDay()).isEqualTo(LocalDate.of(2024, 1, 9));
    assertThat(instant).hasToString("2024-01-09T23:30:00-05:00");
  }

  @ParameterizedTest
  @CsvSource({
      "2024-01-09T14:30Z, 2024-01-09T14:30:00Z",
      "2024-01-09T14:30:00+00:00, 2024-01-09T14:30:00Z",
      "2024-01-09T14:30+09:00, 2024-01-09T14:30:00+09:00",
      "2024-01-09T14:30:00.500Z, 2024-01-09T14:30:00.5Z"})
  void writesInstantsCanonicallyWithSeconds(String text, String canonical) {
    assertThat(TimePoint.parse(text)).hasToString(canonical);
    assertThat(TimePoint.parse(text)).isEqualTo(TimePoint.parse(canonical));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "22", "202", "20222", "2023-8", "2023-13", "2023-00", "2023-02-30", "2023-1-01",
      "2024-01-09T14:30:00", "2024-01-09 14:30:00Z", "2024-01-09T", "August 2023", "\uFF12\uFF10\uFF12\uFF12",
      "-2022", "+2022", "2022-W01"})
  void rejectsMalformedText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> TimePoint.parse(text))
        .withMessage("Expected an ISO 8601 year (2022), month (2023-08), day (2024-01-09) or date-time with offset"
            + " (2024-01-09T14:30:00Z) but was '" + text + "'");
  }

  @Test
  void writesYearsWithAsciiDigitsWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      assertThat(TimePoint.ofYear(2022)).hasToString("2022");
      assertThat(TimePoint.ofYear(87)).hasToString("0087");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void rejectsNullText() {
    assertThatNullPointerException().isThrownBy(() -> TimePoint.parse(null));
  }

  @Test
  void acceptsFourDigitYearsOnly() {
    assertThat(TimePoint.ofYear(0)).hasToString("0000");
    assertThat(TimePoint.parse("0000")).isEqualTo(TimePoint.ofYear(0));
    assertThat(TimePoint.ofYear(9999).lastDay()).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThatIllegalArgumentException().isThrownBy(() -> TimePoint.ofYear(-1))
        .withMessage("Year must have four digits (0000 to 9999) but was -1");
    assertThatIllegalArgumentException().isThrownBy(() -> TimePoint.ofYear(10000));
    assertThatIllegalArgumentException().isThrownBy(() -> TimePoint.ofMonth(YearMonth.of(10000, 1)));
    assertThatIllegalArgumentException().isThrownBy(() -> TimePoint.ofDay(LocalDate.of(-1, 1, 1)));
    assertThatIllegalArgumentException().isThrownBy(
        () -> TimePoint.ofInstant(OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
  }

  @Test
  void buildsTheSamePointFromFactoriesAsFromText() {
    assertThat(TimePoint.ofYear(87)).isEqualTo(TimePoint.parse("0087"));
    assertThat(TimePoint.ofMonth(YearMonth.of(2023, 8))).isEqualTo(TimePoint.parse("2023-08"));
    assertThat(TimePoint.ofDay(LocalDate.of(2024, 1, 9))).isEqualTo(TimePoint.parse("2024-01-09"));
    assertThat(TimePoint.ofInstant(OffsetDateTime.of(2024, 1, 9, 14, 30, 0, 0, ZoneOffset.UTC)))
        .isEqualTo(TimePoint.parse("2024-01-09T14:30:00Z"));
  }

  @Test
  void distinguishesPrecisionsAndOffsets() {
    assertThat(TimePoint.parse("2023")).isNotEqualTo(TimePoint.parse("2023-01"));
    assertThat(TimePoint.parse("2023-01")).isNotEqualTo(TimePoint.parse("2023-01-01"));
    assertThat(TimePoint.parse("2024-01-09T14:30:00Z")).isNotEqualTo(TimePoint.parse("2024-01-09T23:30:00+09:00"));
  }

  @ParameterizedTest(name = "{0} after {1}: {2}")
  @CsvSource({
      "2023-10-15, 2023-10-14, true",
      "2023-10-14, 2023-10-14, false",
      "2023-10-13, 2023-10-14, false",
      "2023-11, 2023-10-31, true",
      "2023-10, 2023-10-05, false",
      "2023-10-05, 2023-10, false",
      "2023-11-01, 2023-10, true",
      "2024, 2023-12-31, true",
      "2023-12-31, 2023, false",
      "2024, 2023, true",
      "2023, 2023, false",
      "2024-01-09T14:30:01Z, 2024-01-09T14:30:00Z, true",
      "2024-01-09T14:30:00Z, 2024-01-09T14:30:00Z, false",
      "2024-01-09T23:30:00+09:00, 2024-01-09T14:30:00Z, false",
      "2024-01-09T14:30:00Z, 2024-01-09T23:29:00+09:00, true",
      "2024-01-10T00:30:00+01:00, 2024-01-09, true",
      "2024-01-09T23:59:59Z, 2024-01-09, false",
      "2024-01-10, 2024-01-09T23:59:59Z, true",
      "2024-01-09, 2024-01-09T00:00:00Z, false"})
  void comparesByEveryMomentEachPointMayStandFor(String later, String earlier, boolean certainlyAfter) {
    assertThat(TimePoint.parse(later).isCertainlyAfter(TimePoint.parse(earlier))).isEqualTo(certainlyAfter);
  }

  /**
   * Comparing and the last day, kept as numbers, agree with java.time's own arithmetic on random points of every
   * precision (instants at different offsets and nanoseconds included).
   */
  @Test
  void comparesAsJavaTimeDoes() {
    Random random = new Random(20261202);
    TimePoint[] points = new TimePoint[400];
    for (int i = 0; i < points.length; i++) {
      int year = 2020 + random.nextInt(3);
      int month = 1 + random.nextInt(12);
      LocalDate day = LocalDate.of(year, month, 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth()));
      switch (random.nextInt(4)) {
        case 0 -> points[i] = TimePoint.ofYear(year);
        case 1 -> points[i] = TimePoint.ofMonth(YearMonth.of(year, month));
        case 2 -> points[i] = TimePoint.ofDay(day);
        default -> points[i] = TimePoint.ofInstant(OffsetDateTime.of(day.atTime(random.nextInt(24), 0,
            random.nextInt(2) * 30, random.nextInt(2) * 500), ZoneOffset.ofHours(random.nextInt(25) - 12)));
      }
      if (random.nextBoolean()) {   // the same point parsed from its text, which makes its days from the digits
        points[i] = TimePoint.parse(points[i].toString());
      }
    }
    for (TimePoint a : points) {
      LocalDate last = a.getPrecision() == TimePrecision.YEAR ? a.firstDay().plusYears(1).minusDays(1)
          : a.getPrecision() == TimePrecision.MONTH ? a.firstDay().plusMonths(1).minusDays(1) : a.firstDay();
      assertThat(a.lastDay()).as(a.toString()).isEqualTo(last);
      for (TimePoint b : points) {
        boolean expected = a.getInstant().isPresent() && b.getInstant().isPresent()
            ? a.getInstant().get().isAfter(b.getInstant().get())
            : a.firstDay().isAfter(b.lastDay());
        assertThat(a.isCertainlyAfter(b)).as(a + " after " + b).isEqualTo(expected);
      }
    }
  }

  /** The days counted from a date's digits are java.time's epoch days on every day of the four-digit years. */
  @Test
  void countsDaysAsJavaTimeDoes() {
    List<String> wrong = new ArrayList<>();
    for (LocalDate day = LocalDate.of(0, 1, 1); day.getYear() < 10_000; day = day.plusDays(1)) {
      if (TimePoint.epochDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()) != day.toEpochDay()) {
        wrong.add(day.toString());
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * The shortcuts for dates, UTC instants and instants with seconds and an offset give what java.time's parsers
   * give: the same point, text and precision, or the same rejection, on every text of those shapes with digits drawn
   * at random (months, days, hours, seconds and offsets out of range included, zero offsets of either sign), and on
   * texts one character away from them.
   */
  @Test
  void parsesDatesAndInstantsWithSecondsAsJavaTimeDoes() {
    Random random = new Random(20261123);
    String[] shapes = {"9999", "9999-99", "9999-99-99", "9999-99-99T99:99:99Z", "9999-99-99T99:99:99+99:99",
        "9999-99-99T99:99:99-99:99"};
    for (int i = 0; i < 20_000; i++) {
      char[] text = shapes[random.nextInt(shapes.length)].toCharArray();
      for (int c = 0; c < text.length; c++) {
        if (text[c] == '9') {
          // small digits often, so that most texts are valid dates; any digit sometimes
          text[c] = (char) ('0' + (random.nextInt(3) == 0 ? random.nextInt(10) : random.nextInt(3)));
        }
      }
      if (random.nextInt(8) == 0) {
        text[random.nextInt(text.length)] = "0123456789-:TZ+ x\u0660".charAt(random.nextInt(18));
      }
      String candidate = new String(text);
      assertThat(outcome(() -> TimePoint.parse(candidate))).as(candidate)
          .isEqualTo(outcome(() -> parsedByJavaTime(candidate)));
    }
  }

  /** What {@link TimePoint#parse(String)} returned before its shortcut: java.time's parsers for every form. */
  private static TimePoint parsedByJavaTime(String text) {
    try {
      switch (text.length()) {
        case 4:
          return text.chars().allMatch(c -> c >= '0' && c <= '9') ? TimePoint.ofYear(Integer.parseInt(text)) : null;
        case 7:
          return TimePoint.ofMonth(YearMonth.parse(text));
        case 10:
          return TimePoint.ofDay(LocalDate.parse(text));
        default:
          return TimePoint.ofInstant(OffsetDateTime.parse(text));
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The point's text, precision, days and instant, or "rejected". */
  private static String outcome(Supplier<TimePoint> parse) {
    try {
      TimePoint point = parse.get();
      return point == null ? "rejected" : point + " " + point.getPrecision() + " " + point.firstDay() + " "
          + point.lastDay() + " " + point.getInstant();
    } catch (IllegalArgumentException e) {
      return "rejected";
    }
  }
}
