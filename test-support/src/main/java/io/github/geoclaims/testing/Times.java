package io.github.geoclaims.testing;

import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Time points of every precision (year, month, day, instant with an offset) and time specifications of every form,
 * including statements dated so that they cannot be after their source's publication.
 */
final class Times {

  private static final List<String> EXPRESSIONS = List.of("earlier this month", "last week", "in recent months",
      "since the summer", "late last year", "over the weekend", "early October", "recently");

  private final Choices choices;

  Times(Choices choices) {
    this.choices = choices;
  }

  /** Returns a time point of any precision between 1990 and 2030. */
  TimePoint any() {
    int year = 1990 + choices.below(41);
    return atPrecision(LocalDate.of(year, 1, 1).plusDays(choices.below(365)));
  }

  /** Returns a time point of any precision that contains {@code day} (an instant falls on it in its own offset). */
  TimePoint atPrecision(LocalDate day) {
    return switch (choices.below(4)) {
      case 0 -> TimePoint.ofYear(day.getYear());
      case 1 -> TimePoint.ofMonth(YearMonth.from(day));
      case 2 -> TimePoint.ofDay(day);
      default -> TimePoint.ofInstant(OffsetDateTime.of(day.atTime(choices.below(24), choices.below(60),
          choices.below(60)), ZoneOffset.ofHours(choices.between(-12, 14))));
    };
  }

  /** Returns an instant, in UTC, one to thirty days after the last day of {@code point}. */
  TimePoint after(TimePoint point) {
    LocalDate day = point.lastDay().plusDays(choices.between(1, 30));
    return TimePoint.ofInstant(OffsetDateTime.of(day.atTime(choices.below(24), choices.below(60), choices.below(60)),
        ZoneOffset.UTC));
  }

  /** Returns the time of an event: a point, an interval, an open interval or an expression, alone or together. */
  TimeSpec event() {
    LocalDate day = LocalDate.of(2020, 1, 1).plusDays(choices.below(2_000));
    return switch (choices.below(6)) {
      case 0 -> TimeSpec.at(atPrecision(day));
      case 1 -> TimeSpec.expressed(choices.pick(EXPRESSIONS));
      case 2 -> TimeSpec.builder().at(atPrecision(day)).expression(choices.pick(EXPRESSIONS)).build();
      case 3 -> TimeSpec.builder().start(atPrecision(day)).build();
      case 4 -> TimeSpec.builder().end(atPrecision(day)).expression(choices.pick(EXPRESSIONS)).build();
      default -> TimeSpec.builder().start(TimePoint.ofDay(day))
          .end(atPrecision(day.plusDays(choices.below(90)))).build();
    };
  }

  /**
   * Returns when a statement was made, never certainly after {@code published}: its earliest point lies before the
   * publication: an instant before a published instant, or a point that contains a day at least three days before
   * the publication's first day (more than the 26 hours between the offsets -12:00 and +14:00, so that an instant
   * on that day precedes a published instant too).
   */
  TimeSpec statement(Optional<TimePoint> published) {
    if (published.isEmpty()) {
      return choices.coin() ? TimeSpec.at(any()) : TimeSpec.expressed(choices.pick(EXPRESSIONS));
    }
    TimePoint publication = published.get();
    LocalDate day = publication.firstDay().minusDays(choices.between(3, 30));
    return switch (choices.below(4)) {
      case 0 -> TimeSpec.at(publication.getInstant()
          .map(instant -> TimePoint.ofInstant(instant.minusMinutes(choices.between(1, 10_000))))
          .orElseGet(() -> atPrecision(day)));
      case 1 -> TimeSpec.builder().at(atPrecision(day)).expression(choices.pick(EXPRESSIONS)).build();
      case 2 -> TimeSpec.builder().start(TimePoint.ofDay(day)).end(TimePoint.ofDay(day.plusDays(choices.below(3))))
          .build();
      default -> TimeSpec.at(atPrecision(day));
    };
  }
}
