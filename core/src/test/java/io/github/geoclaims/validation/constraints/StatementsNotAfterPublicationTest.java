package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.article;
import static io.github.geoclaims.model.SampleDocuments.russiaDismisses;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static io.github.geoclaims.model.SampleDocuments.withAttributions;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.validation.ViolationCode;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatementsNotAfterPublicationTest {

  private static ClaimDocument stated(TimeSpec statedAt, String published) {
    return withAttributions(whiteHouseSays().withStatedAt(Optional.empty()), russiaDismisses().withStatedAt(statedAt))
        .withSources(article().withPublishedAt(TimePoint.parse(published)));
  }

  private static ClaimDocument stated(String statedAt, String published) {
    return stated(TimeSpec.at(TimePoint.parse(statedAt)), published);
  }

  @ParameterizedTest(name = "stated {0}, published {1}")
  @CsvSource({
      "2023-10-13, 2023-10-14", "2023-10-14, 2023-10-14",
      "2023-10, 2023-10-05", "2023-10-31, 2023-10", "2023-10-05, 2023-10",
      "2023, 2023-01-01", "2023-12-31, 2023",
      "2023-10-14T09:00:00Z, 2023-10-14T09:00:00Z", "2023-10-14T18:00:00+09:00, 2023-10-14T09:00:00Z",
      "2023-10-14T23:59:59-05:00, 2023-10-14"})
  void acceptsStatementThatMayPrecedePublication(String statedAt, String published) {
    assertValid(stated(statedAt, published));
  }

  @ParameterizedTest(name = "stated {0}, published {1}")
  @CsvSource({
      "2023-10-15, 2023-10-14", "2023-11, 2023-10-31", "2023-11-01, 2023-10", "2024, 2023-12-31",
      "2023-10-14T09:00:01Z, 2023-10-14T09:00:00Z", "2023-10-15T00:00:00+14:00, 2023-10-14"})
  void rejectsStatementCertainlyAfterPublication(String statedAt, String published) {
    var violation = assertOnlyViolation(stated(statedAt, published),
        ViolationCode.TIME_STATEMENT_AFTER_PUBLICATION, "claims[0].attributions[1].statedAt");
    assertThat(violation.message()).isEqualTo("the statement is dated " + TimePoint.parse(statedAt)
        + ", after its source 'article' was published (" + TimePoint.parse(published) + ")");
  }

  @Test
  void usesTheStartOfAnIntervalAsTheStatementTime() {
    TimeSpec interval = TimeSpec.builder().start(TimePoint.parse("2023-10-15")).end(TimePoint.parse("2023-10-20"))
        .build();
    assertOnlyViolation(stated(interval, "2023-10-14"), ViolationCode.TIME_STATEMENT_AFTER_PUBLICATION,
        "claims[0].attributions[1].statedAt");
  }

  @Test
  void doesNotCheckStatementKnownOnlyByItsEndOrWording() {
    assertValid(stated(TimeSpec.builder().end(TimePoint.parse("2024")).build(), "2023-10-14"));
    assertValid(stated(TimeSpec.expressed("next week"), "2023-10-14"));
  }

  @Test
  void doesNotCheckSourceWithoutPublicationDate() {
    assertValid(stated("2030", "2023").withSources(article().withPublishedAt(Optional.empty())));
  }
}
