package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.geoclaims.json.ClaimStreamReader;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.ReadResult;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.shapes.DocumentShape;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No document shape makes a read or a streaming read superlinear: each shape of 20,000 elements is read and
 * streamed within a deadline that only a superlinear check misses, and the problems of a read stay within its
 * limit. A guard against a return to quadratic work, not a benchmark.
 */
class DocumentShapesTest {

  private static final int ELEMENTS = 20_000;
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private final GeoClaimsJson json = GeoClaimsJson.standard();

  @ParameterizedTest
  @EnumSource(DocumentShape.class)
  void readsEveryShapeOfTwentyThousandElementsWithinTheDeadline(DocumentShape shape) {
    byte[] bytes = json.write(shape.generate(ELEMENTS)).getBytes(StandardCharsets.UTF_8);
    ReadResult<ClaimDocument> result = assertTimeoutPreemptively(DEADLINE, () -> json.readLenient(bytes));
    assertThat(result.isClean()).as("%s reads clean", shape).isEqualTo(shape.isValid());
    assertThat(result.problems()).hasSizeLessThanOrEqualTo(json.limits().maxProblems() + 1);
  }

  @ParameterizedTest
  @EnumSource(DocumentShape.class)
  void streamsEveryShapeOfTwentyThousandElementsWithinTheDeadline(DocumentShape shape) {
    byte[] bytes = json.write(shape.generate(ELEMENTS)).getBytes(StandardCharsets.UTF_8);
    List<JsonProblem> problems = assertTimeoutPreemptively(DEADLINE, () -> stream(bytes));
    assertThat(problems.isEmpty()).as("%s streams clean", shape).isEqualTo(shape.isValid());
    assertThat(problems).hasSizeLessThanOrEqualTo(json.limits().maxProblems() + 1);
  }

  /** Streams leniently to the end, or to the problem limit; returns the problems. */
  private List<JsonProblem> stream(byte[] bytes) {
    try (ClaimStreamReader reader = json.lenientClaimReader(new ByteArrayInputStream(bytes))) {
      reader.forEachRemaining(claim -> { });
      reader.relations();
      return reader.problems();
    } catch (GeoClaimsJsonException e) {
      return e.getProblems();
    }
  }

  @Test
  void stopsPlacingViolationsAtTheProblemLimitAndCountsTheRest() {
    GeoClaimsJson limited = GeoClaimsJson.builder().maxProblems(10).build();
    byte[] bytes = json.write(DocumentShape.MANY_PROBLEMS.generate(100)).getBytes(StandardCharsets.UTF_8);
    List<JsonProblem> problems = limited.readLenient(bytes).problems();
    assertThat(problems).hasSize(11);
    assertThat(problems.get(10).code()).isEqualTo("json.limit");
    assertThat(problems.get(10).message())
        .isEqualTo("Stopped after 10 problems (limit maxProblems): 90 more violations of the model's rules are not"
            + " listed");
  }
}
