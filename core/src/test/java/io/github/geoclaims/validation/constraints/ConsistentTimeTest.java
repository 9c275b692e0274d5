package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.russiaDismisses;
import static io.github.geoclaims.model.SampleDocuments.shipped;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static io.github.geoclaims.model.SampleDocuments.withAttributions;
import static io.github.geoclaims.model.SampleDocuments.withClaim;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static io.github.geoclaims.validation.ValidationAssertions.assertViolations;
import static io.github.geoclaims.validation.ValidationAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsistentTimeTest {

  private static TimePoint t(String text) {
    return TimePoint.parse(text);
  }

  @Test
  void acceptsPointIntervalOpenIntervalAndExpression() {
    assertValid(TimeSpec.at(t("2023-08")));
    assertValid(TimeSpec.builder().start(t("2022")).end(t("2023-08")).build());
    assertValid(TimeSpec.builder().start(t("2022")).build());
    assertValid(TimeSpec.builder().end(t("2022")).build());
    assertValid(TimeSpec.expressed("earlier this month"));
    assertValid(TimeSpec.builder().at(t("2023-10")).expression("earlier this month").build());
  }

  @Test
  void rejectsEmptyTime() {
    assertOnlyViolation(withClaim(shipped().withTime(TimeSpec.builder().build())), ViolationCode.TIME_EMPTY,
        "claims[0].time");
  }

  @Test
  void rejectsPointTogetherWithStart() {
    TimeSpec time = TimeSpec.builder().at(t("2023")).start(t("2022")).build();
    assertOnlyViolation(withClaim(shipped().withTime(time)), ViolationCode.TIME_AMBIGUOUS, "claims[0].time.at");
  }

  @Test
  void rejectsPointTogetherWithEnd() {
    TimeSpec time = TimeSpec.builder().at(t("2023")).end(t("2024")).build();
    assertOnlyViolation(time, ViolationCode.TIME_AMBIGUOUS, "at");
  }

  @Test
  void rejectsIntervalThatStartsAfterItEnds() {
    TimeSpec time = TimeSpec.builder().start(t("2023-10-10")).end(t("2023-10-09")).build();
    var violation = assertOnlyViolation(withAttributions(whiteHouseSays().withStatedAt(time), russiaDismisses()),
        ViolationCode.TIME_INTERVAL_REVERSED, "claims[0].attributions[0].statedAt.start");
    assertThat(violation.message()).isEqualTo("the interval starts (2023-10-10) after it ends (2023-10-09)");
  }

  @ParameterizedTest
  @CsvSource({"2023-10-05, 2023-10", "2023-10, 2023-10-05", "2023, 2023-12-31", "2023-10-05, 2023-10-05",
      "2024-01-09T14:30:00+09:00, 2024-01-09"})
  void acceptsIntervalWhoseStartMayBeBeforeItsEnd(String start, String end) {
    assertValid(TimeSpec.builder().start(t(start)).end(t(end)).build());
  }

  @Test
  void reportsEveryProblemOfOneTime() {
    TimeSpec time = TimeSpec.builder().at(t("2023")).start(t("2024")).end(t("2022")).build();
    assertViolations(time).containsExactly(
        violation(ViolationCode.TIME_AMBIGUOUS, "at"),
        violation(ViolationCode.TIME_INTERVAL_REVERSED, "start"));
  }
}
