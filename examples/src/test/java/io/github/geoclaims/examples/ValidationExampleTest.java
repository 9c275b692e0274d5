package io.github.geoclaims.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationExampleTest {

  @Test
  void printsEveryProblemWithWhereAndCode() throws Exception {
    String output = StandardOutput.capture(() -> ValidationExample.main(new String[0]));

    assertThat(output.lines()).contains(
        "  /sources/0/publishedAt (line 9, column 62) [json.time]",
        "  /actors/0/countryCode (line 5, column 82) [country.invalid]",
        "  /claims/0/participants/0/actor (line 17, column 34) [reference.unresolved]",
        "  /claims/0/quantities/0 (line 18, column 22) [quantity.bounds-reversed]",
        "  /claims/0/attributions/0/stance (line 21, column 47) [term.unknown]",
        "  /claims/0/attributions/0/quote/exact (line 22, column 29) [anchor.text-mismatch]",
        "  /claims/0/assessments/0/evidence (line 24, column 23) [verification.evidence-missing]",
        "  /id [identifier.malformed]",
        "  /proposition [value.blank]",
        "  /eventKind [term.unknown]",
        "  /attributions/0/relayedFrom [chain.cycle]");
    assertThat(output).doesNotContain("unexpectedly valid");
  }
}
