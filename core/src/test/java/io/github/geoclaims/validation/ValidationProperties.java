package io.github.geoclaims.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ModelArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Validation of generated documents: valid ones are clean, and nothing makes the validator throw. */
class ValidationProperties {

  @Provide
  Arbitrary<ClaimDocument> validDocuments() {
    return ModelArbitraries.validDocuments();
  }

  @Provide
  Arbitrary<ClaimDocument> arbitraryDocuments() {
    return ModelArbitraries.arbitraryDocuments();
  }

  @Property(tries = 500)
  void validGeneratedDocumentsValidateClean(@ForAll("validDocuments") ClaimDocument document) {
    assertThat(GeoClaimsValidator.shared().validate(document)).isEmpty();
    assertThat(GeoClaimsValidator.shared().requireValid(document)).isSameAs(document);
  }

  @Property(tries = 1000)
  void validationNeverThrowsAndReportsOnlyLibraryCodes(@ForAll("arbitraryDocuments") ClaimDocument document) {
    List<Violation> violations = GeoClaimsValidator.shared().validate(document);
    Statistics.label("valid").collect(violations.isEmpty());
    assertThat(violations).allSatisfy(v -> {
      assertThat(v.code()).isNotEqualTo(ViolationCode.OTHER);
      assertThat(v.message()).isNotBlank();
    });
    assertThat(GeoClaimsValidator.shared().validate(document)).as("validation is deterministic")
        .isEqualTo(violations);
    if (violations.isEmpty()) {
      assertThat(GeoClaimsValidator.shared().requireValid(document)).isSameAs(document);
    } else {
      assertThatThrownBy(() -> GeoClaimsValidator.shared().requireValid(document))
          .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.getViolations()).isEqualTo(violations));
    }
  }

  @Property(tries = 200)
  void validatesEveryPartOnItsOwnWithoutThrowing(@ForAll("arbitraryDocuments") ClaimDocument document) {
    GeoClaimsValidator validator = GeoClaimsValidator.shared();
    document.getActors().forEach(validator::validate);
    document.getSources().forEach(validator::validate);
    document.getRelations().forEach(validator::validate);
    document.getClaims().forEach(claim -> {
      validator.validate(claim);
      claim.getAttributions().forEach(validator::validate);
      claim.getAssessments().forEach(validator::validate);
    });
  }
}
