package io.github.geoclaims.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A container's plain {@code Validation.buildDefaultValidatorFactory()} sees every rule, as the library does. */
class PlainJakartaValidatorTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void buildPlainFactory() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

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

    Set<ConstraintViolation<ClaimDocument>> violations = validator.validate(broken);
    Set<String> paths = violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    assertThat(paths).contains("id", "actors[0].countryCode", "claims[0].attributions[0].quote.exact",
        "claims[0].attributions[1].claimant");
    List<Violation> mapped = GeoClaimsValidator.toViolations(violations);
    assertThat(mapped).extracting(Violation::code).contains(ViolationCode.IDENTIFIER_MALFORMED,
        ViolationCode.COUNTRY_INVALID, ViolationCode.ANCHOR_TEXT_MISMATCH, ViolationCode.REFERENCE_UNRESOLVED);
  }

  @Test
  void sampleDocumentIsValid() {
    assertThat(GeoClaimsValidator.shared().validate(SampleDocuments.document())).isEmpty();
    assertThat(validator.validate(SampleDocuments.document())).isEmpty();
    assertThat(validator.validate(SampleDocuments.rich())).isEmpty();
  }

  @Test
  void plainValidatorReportsTheSameViolationsAsTheLibrary() {
    ClaimDocument broken = SampleDocuments.withClaims("a", "b", "a")
        .withSources(SampleDocuments.article().withPublishedAt(TimePoint.parse("2023-10-01")))
        .withRelations(SampleDocuments.relation("b", RelationKind.ELABORATES, "b"));
    List<Violation> plain = GeoClaimsValidator.toViolations(validator.validate(broken));
    assertThat(plain).isEqualTo(GeoClaimsValidator.shared().validate(broken));
    assertThat(plain).extracting(Violation::code, Violation::path).containsExactly(
        tuple(ViolationCode.TIME_STATEMENT_AFTER_PUBLICATION, "claims[0].attributions[0].statedAt"),
        tuple(ViolationCode.TIME_STATEMENT_AFTER_PUBLICATION, "claims[1].attributions[0].statedAt"),
        tuple(ViolationCode.IDENTIFIER_DUPLICATE, "claims[2].attributions[0].id"),
        tuple(ViolationCode.TIME_STATEMENT_AFTER_PUBLICATION, "claims[2].attributions[0].statedAt"),
        tuple(ViolationCode.IDENTIFIER_DUPLICATE, "claims[2].id"),
        tuple(ViolationCode.RELATION_CYCLE, "relations[0].to"));
  }

  @Test
  void plainValidatorReportsClassLevelRulesOfStandaloneObjects() {
    assertThat(GeoClaimsValidator.toViolations(validator.validate(TimeSpec.builder().build())))
        .extracting(Violation::code).containsExactly(ViolationCode.TIME_EMPTY);
    assertThat(GeoClaimsValidator.toViolations(validator.validate(Quantity.builder().unit("c").build())))
        .extracting(Violation::code).containsExactly(ViolationCode.QUANTITY_EMPTY);
    assertThat(GeoClaimsValidator.toViolations(validator.validate(
        TextAnchor.builder().exact("abc").start(0).end(4).build())))
        .extracting(Violation::code, Violation::path).containsExactly(tuple(ViolationCode.ANCHOR_LENGTH_MISMATCH, "end"));
    assertThat(GeoClaimsValidator.toViolations(validator.validate(VerificationAssessment.builder()
        .status(VerificationStatus.REFUTED).rationale("No.").admiraltyRating(AdmiraltyRating.of("Z", 0)).build())))
        .extracting(Violation::code).containsExactly(ViolationCode.ADMIRALTY_CREDIBILITY_INVALID,
            ViolationCode.ADMIRALTY_RELIABILITY_INVALID, ViolationCode.VERIFICATION_EVIDENCE_MISSING);
  }

  @Test
  void plainValidatorUsesTheConstraintsOwnMessages() {
    Set<ConstraintViolation<ClaimDocument>> violations = validator.validate(SampleDocuments.document().withId("-"));
    assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly(
        "must be an identifier: 1-128 characters, letters, digits and . _ : - , starting with a letter or digit");
  }
}
