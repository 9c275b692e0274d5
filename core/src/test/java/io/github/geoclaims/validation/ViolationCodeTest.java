package io.github.geoclaims.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.validation.constraints.Attributed;
import io.github.geoclaims.validation.constraints.ConsistentTime;
import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationCodeTest {

  /** The public contract: every code string, in declaration order. A new code must be added here on purpose. */
  private static final List<String> CODES = List.of(
      "value.blank",
      "value.empty",
      "value.not-positive",
      "value.negative",
      "identifier.malformed",
      "identifier.duplicate",
      "reference.unresolved",
      "term.unknown",
      "extension.name-malformed",
      "url.invalid",
      "language.invalid",
      "country.invalid",
      "wikidata-id.invalid",
      "probability.out-of-range",
      "admiralty.reliability-invalid",
      "admiralty.credibility-invalid",
      "claim.unattributed",
      "time.empty",
      "time.ambiguous",
      "time.interval-reversed",
      "time.statement-after-publication",
      "quantity.empty",
      "quantity.conflicting",
      "quantity.bounds-reversed",
      "anchor.range-invalid",
      "anchor.length-mismatch",
      "anchor.out-of-range",
      "anchor.text-mismatch",
      "anchor.prefix-mismatch",
      "anchor.suffix-mismatch",
      "verification.evidence-missing",
      "verification.corroboration-insufficient",
      "group.inconsistent",
      "chain.cycle",
      "corpus.reference-unresolved",
      "corpus.chain-cycle",
      "corpus.document-duplicate",
      "relation.cycle",
      "other");

  @Test
  void listsEveryCodeExplicitly() {
    assertThat(Arrays.stream(ViolationCode.values()).map(ViolationCode::code)).containsExactlyElementsOf(CODES);
  }

  @Test
  void hasUniqueCodes() {
    assertThat(Arrays.stream(ViolationCode.values()).map(ViolationCode::code)).doesNotHaveDuplicates();
  }

  @Test
  void writesCodesAsLowerCaseDottedWords() {
    assertThat(CODES).allSatisfy(code -> assertThat(code).matches("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)?"));
  }

  @Test
  void findsEachCodeByItsString() {
    for (ViolationCode code : ViolationCode.values()) {
      assertThat(ViolationCode.fromCode(code.code())).contains(code);
    }
    assertThat(ViolationCode.fromCode("no.such-code")).isEmpty();
    assertThat(ViolationCode.fromCode("VALUE_BLANK")).isEmpty();
  }

  @Test
  void mapsSingleCodeConstraintsToTheirCode() {
    assertThat(ViolationCode.forConstraint(NotBlank.class)).contains(ViolationCode.VALUE_BLANK);
    assertThat(ViolationCode.forConstraint(NotBlankIfPresent.class)).contains(ViolationCode.VALUE_BLANK);
    assertThat(ViolationCode.forConstraint(Identifier.class)).contains(ViolationCode.IDENTIFIER_MALFORMED);
    assertThat(ViolationCode.forConstraint(Attributed.class)).contains(ViolationCode.CLAIM_UNATTRIBUTED);
  }

  @Test
  void mapsNoCodeToMultiCodeAndForeignConstraints() {
    assertThat(ViolationCode.forConstraint(ConsistentTime.class)).isEmpty();
    assertThat(ViolationCode.forConstraint(Size.class)).isEmpty();
  }
}
