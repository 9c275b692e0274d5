package io.github.geoclaims.interop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void writesTwoSpaceIndentationLineFeedsAndNameColonSpaceValueWhateverThePlatform() {
    ObjectNode value = JsonText.object();
    value.put("type", "bundle");
    value.putArray("objects").add(1);

    assertThat(JsonText.write(value)).isEqualTo("{\n  \"type\": \"bundle\",\n  \"objects\": [\n    1\n  ]\n}\n");
  }

  @Test
  void aDuplicateKeyIsOneProblemWithItsLine() {
    JsonProblem problem = onlyProblem("{\"a\": 1,\n \"a\": 2}");

    assertThat(problem.code()).isEqualTo("json.duplicate-key");
    assertThat(problem.line()).isEqualTo(2);
  }

  @Test
  void blankInputIsAnEmptyProblem() {
    assertThat(onlyProblem("  \n").code()).isEqualTo("json.empty");
  }

  private static JsonProblem onlyProblem(String json) {
    GeoClaimsJsonException exception = catchThrowableOfType(GeoClaimsJsonException.class, () -> JsonText.read(json));
    assertThat(exception.getProblems()).hasSize(1);
    return exception.getProblems().get(0);
  }
}
