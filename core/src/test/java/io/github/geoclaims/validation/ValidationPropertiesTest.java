package io.github.geoclaims.validation;

import static io.github.geoclaims.testing.DocumentGenerator.forSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.testing.DocumentGenerator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation of generated documents: valid ones are clean, and nothing makes the validator throw. Each property runs
 * once per seed, with a document from a {@link DocumentGenerator} for that seed; a failure names its seed.
 */
class ValidationPropertiesTest {

  static LongStream seeds200() {
    return DocumentGenerator.seeds(200);
  }

  static LongStream seeds500() {
    return DocumentGenerator.seeds(500);
  }

  static LongStream seeds1000() {
    return DocumentGenerator.seeds(1000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds500")
  void validGeneratedDocumentsValidateClean(long seed) {
    forSeed(seed, generator -> {
      ClaimDocument document = generator.validDocument();
      assertThat(GeoClaimsValidator.shared().validate(document)).isEmpty();
      assertThat(GeoClaimsValidator.shared().requireValid(document)).isSameAs(document);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds1000")
  void validationNeverThrowsAndReportsOnlyLibraryCodes(long seed) {
    forSeed(seed, generator -> {
      ClaimDocument document = generator.arbitraryDocument();
      List<Violation> violations = GeoClaimsValidator.shared().validate(document);
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
            .isInstanceOfSatisfying(InvalidModelException.class,
                e -> assertThat(e.getViolations()).isEqualTo(violations));
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds200")
  void validatesEveryPartOnItsOwnWithoutThrowing(long seed) {
    forSeed(seed, generator -> {
      ClaimDocument document = generator.arbitraryDocument();
      GeoClaimsValidator validator = GeoClaimsValidator.shared();
      document.getActors().forEach(validator::validate);
      document.getSources().forEach(validator::validate);
      document.getRelations().forEach(validator::validate);
      document.getClaims().forEach(claim -> {
        validator.validate(claim);
        claim.getAttributions().forEach(validator::validate);
        claim.getAssessments().forEach(validator::validate);
      });
    });
  }

  /** Not a property of the library but of the generator: the damaged documents are neither all valid nor all not. */
  @Test
  void arbitraryDocumentsAreSometimesValidAndOftenNot() {
    long valid = seeds1000()
        .filter(seed -> GeoClaimsValidator.shared().validate(new DocumentGenerator(seed).arbitraryDocument()).isEmpty())
        .count();
    assertThat(valid).as("valid arbitrary documents out of 1000").isBetween(100L, 700L);
  }
}
