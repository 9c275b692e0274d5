package io.github.geoclaims.validation;

import static io.github.geoclaims.model.SampleDocuments.russiaDismisses;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static io.github.geoclaims.model.SampleDocuments.withAttributions;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.TextAnchor;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages carry user data verbatim: never interpolated as message parameters or Expression Language. */
class MessagesTest {

  private static final String QUOTE = "price {0} is ${1+1} \\ {min} $x";

  private static ClaimDocument quoting(String exact) {
    return withAttributions(whiteHouseSays(), russiaDismisses().withQuote(
        TextAnchor.builder().exact(exact).start(0).end(exact.codePointCount(0, exact.length())).build()));
  }

  @Test
  void keepsBracesDollarsAndBackslashesOfAQuoteLiteral() {
    List<Violation> violations = GeoClaimsValidator.shared().validate(quoting(QUOTE));
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCode.ANCHOR_TEXT_MISMATCH);
      assertThat(v.message()).contains("not '" + QUOTE + "'");
    });
  }

  @Test
  void keepsMessagesLiteralUnderExpressionLanguageInterpolation() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      List<Violation> violations = GeoClaimsValidator.using(factory.getValidator()).validate(quoting(QUOTE));
      assertThat(violations).singleElement().satisfies(v -> assertThat(v.message()).contains("not '" + QUOTE + "'"));
    }
  }

  @Test
  void keepsUnknownTermLiteral() {
    ClaimDocument document = withAttributions(whiteHouseSays().withStance(
        io.github.geoclaims.model.Stance.of("${'a'}{b}")), russiaDismisses());
    assertThat(GeoClaimsValidator.shared().validate(document)).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("'${'a'}{b}' is not a standard stance"));
  }

  @Test
  void shortensLongValuesInMessages() {
    String longId = "x".repeat(100);
    ClaimDocument document = withAttributions(whiteHouseSays(), russiaDismisses().withClaimant(longId));
    assertThat(GeoClaimsValidator.shared().validate(document)).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("'" + "x".repeat(77) + "...' does not name any actor in"
            + " this document"));
  }
}
