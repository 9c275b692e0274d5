package io.github.geoclaims.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.TextAnchor;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlainJakartaValidatorTest {

  @Test
  void plainDefaultValidatorSeesConstraintsOnAccessorsAndDocument() {
    ClaimDocument broken = SampleDocuments.document()
        .withId("not an id")
        .withActors(SampleDocuments.northKorea().withCountryCode("ZZ"), SampleDocuments.whiteHouse(),
            SampleDocuments.russia())
        .withClaims(SampleDocuments.shipped().withAttributions(
            SampleDocuments.whiteHouseSays().withQuote(TextAnchor.builder().exact("The White House").start(1)
                .end(16).build()),
            SampleDocuments.russiaDismisses().withClaimant("kremlin")));

    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<ClaimDocument>> violations = validator.validate(broken);
      Set<String> paths = violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
      assertThat(paths).contains("id", "actors[0].countryCode", "claims[0].attributions[0].quote.exact",
          "claims[0].attributions[1].claimant");
      List<Violation> mapped = GeoClaimsValidator.toViolations(violations);
      assertThat(mapped).extracting(Violation::code).contains(ViolationCode.IDENTIFIER_MALFORMED,
          ViolationCode.COUNTRY_INVALID, ViolationCode.ANCHOR_TEXT_MISMATCH, ViolationCode.REFERENCE_UNRESOLVED);
    }
  }

  @Test
  void sampleDocumentIsValid() {
    assertThat(GeoClaimsValidator.shared().validate(SampleDocuments.document())).isEmpty();
  }
}
