package io.github.geoclaims.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.testing.DocumentGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The property validators written out as loops decide as the Jakarta compositions they replaced did: the regular
 * expression of {@code @Pattern} (matched whole), the bounds of {@code @Min}/{@code @Max} and
 * {@code @DecimalMin}/{@code @DecimalMax}, Hibernate Validator's {@code @NotBlank} and {@code @NotEmpty}.
 */
class PropertyValidatorsTest {

  /** Arbitrary strings from the model generator, the edges of each rule, and non-ASCII look-alikes. */
  private static List<String> strings() {
    List<String> strings = new ArrayList<>(List.of("", " ", "a", "A", "0", "-a", "a-", "a:b", "a b", "x-", "x-a",
        "x-a:b", "X-a", "x-.", "x-a.b_c-d", "Q", "Q0", "Q1", "Q10", "Q01", "q1", "Q1a", "A", "F", "G", "AB", "a",
        "\u0080", "id\u0080", "\uFF21", "\u0660", "\u2003", "\u000B", "\u001C", "\u00A0", " \t\n\f\r", "\u0085",
        "a".repeat(128), "a".repeat(129)));
    DocumentGenerator generator = new DocumentGenerator(20261123);
    for (int i = 0; i < 5000; i++) {
      strings.add(generator.anyString());
      strings.add(generator.identifier());
    }
    return strings;
  }

  private static void assertMatchesWhole(String regex, Predicate<String> validator) {
    Pattern pattern = Pattern.compile(regex);
    for (String value : strings()) {
      assertThat(validator.test(value)).as("%s on %h", regex, value).isEqualTo(pattern.matcher(value).matches());
    }
  }

  @Test
  void identifierIsItsRegularExpression() {
    assertMatchesWhole("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}", value -> new IdentifierValidator().isValid(value, null));
  }

  @Test
  void extensionNameIsItsRegularExpression() {
    assertMatchesWhole("x-[A-Za-z0-9][A-Za-z0-9._-]*", value -> new ExtensionNameValidator().isValid(value, null));
  }

  @Test
  void notBlankIfPresentIsItsRegularExpression() {
    assertMatchesWhole("(?s).*\\S.*", value -> new NotBlankIfPresentValidator().isValid(value, null));
  }

  @Test
  void wikidataIdIsItsRegularExpression() {
    assertMatchesWhole("Q[1-9][0-9]*", value -> new WikidataIdValidator().isValid(value, null));
  }

  @Test
  void sourceReliabilityIsItsRegularExpression() {
    assertMatchesWhole("[A-F]", value -> new SourceReliabilityValidator().isValid(value, null));
  }

  @Test
  void notBlankIsStringIsBlankAndNotEmptyIsLength() {
    for (String value : strings()) {
      assertThat(new NotBlankValidator().isValid(value, null)).as("%h", value).isEqualTo(!value.isBlank());
      assertThat(new NotEmptyValidator().isValid(value, null)).as("%h", value).isEqualTo(!value.isEmpty());
    }
  }

  @Test
  void boundsOfNumbersAreInclusive() {
    InformationCredibilityValidator credibility = new InformationCredibilityValidator();
    assertThat(List.of(Integer.MIN_VALUE, 0, 1, 6, 7, Integer.MAX_VALUE))
        .map(grade -> credibility.isValid(grade, null)).containsExactly(false, false, true, true, false, false);
    ProbabilityValidator probability = new ProbabilityValidator();
    assertThat(List.of(-Double.MIN_VALUE, -0.0, 0.0, 1.0, Math.nextUp(1.0), Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY)).map(p -> probability.isValid(p, null))
        .containsExactly(false, true, true, true, false, false, false, false);
    assertThat(List.of(Integer.MIN_VALUE, -1, 0, 1)).map(n -> new PositiveValidator().isValid(n, null))
        .containsExactly(false, false, false, true);
    assertThat(List.of(Integer.MIN_VALUE, -1, 0, 1)).map(n -> new PositiveOrZeroValidator().isValid(n, null))
        .containsExactly(false, false, true, true);
  }

  @Test
  void attributedIsANonEmptyCollection() {
    assertThat(new AttributedValidator().isValid(List.of(), null)).isFalse();
    assertThat(new AttributedValidator().isValid(List.of("a"), null)).isTrue();
  }

  @Test
  void requiredTextsAndCollectionsRejectNullAsJakartaDoes() {
    assertThat(new NotBlankValidator().isValid(null, null)).isFalse();
    assertThat(new NotEmptyValidator().isValid(null, null)).isFalse();
    assertThat(new AttributedValidator().isValid(null, null)).isFalse();
  }

  @Test
  void otherRulesAcceptAbsentValues() {
    assertThat(new IdentifierValidator().isValid(null, null)).isTrue();
    assertThat(new ExtensionNameValidator().isValid(null, null)).isTrue();
    assertThat(new NotBlankIfPresentValidator().isValid(null, null)).isTrue();
    assertThat(new WikidataIdValidator().isValid(null, null)).isTrue();
    assertThat(new SourceReliabilityValidator().isValid(null, null)).isTrue();
    assertThat(new InformationCredibilityValidator().isValid(null, null)).isTrue();
    assertThat(new ProbabilityValidator().isValid(null, null)).isTrue();
    assertThat(new PositiveValidator().isValid(null, null)).isTrue();
    assertThat(new PositiveOrZeroValidator().isValid(null, null)).isTrue();
  }
}
