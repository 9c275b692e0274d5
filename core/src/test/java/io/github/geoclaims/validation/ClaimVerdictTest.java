package io.github.geoclaims.validation;

import static io.github.geoclaims.testing.DocumentGenerator.forSeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.testing.DocumentGenerator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdict on claims after a header ({@link GeoClaimsValidator#claimVerdict}) that a streaming reader gives each
 * claim: it passes a claim exactly when validating the claim in a document of its own, with the header's actors
 * and sources, reports nothing at the claim but duplicate identifiers, which the reader checks across the document.
 */
class ClaimVerdictTest {

  private static final GeoClaimsValidator VALIDATOR = GeoClaimsValidator.shared();

  static LongStream seeds() {
    return DocumentGenerator.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void passesAClaimExactlyWhenItsOwnDocumentReportsNothingAtIt(long seed) {
    forSeed(seed, generator -> {
      ClaimDocument document = generator.arbitraryDocument();
      ClaimDocument header = document.withClaims(List.of()).withRelations(List.of());
      Predicate<Claim> verdict = VALIDATOR.claimVerdict(header).orElseThrow();
      boolean distinctParts = header.getActors().stream().map(Actor::getId).distinct().count()
          == header.getActors().size()
          && header.getSources().stream().map(Source::getId).distinct().count() == header.getSources().size();
      for (Claim claim : document.getClaims()) {
        boolean reported = VALIDATOR.validate(header.withClaims(List.of(claim))).stream()
            .anyMatch(v -> v.path().startsWith("claims[0]") && v.code() != ViolationCode.IDENTIFIER_DUPLICATE);
        if (distinctParts) {
          assertThat(verdict.test(claim)).as("%s", claim).isEqualTo(!reported);
        } else {
          // a header with repeated ids fails on its own; its claims are then all sent to the full validation
          assertThat(verdict.test(claim)).as("%s", claim).isFalse();
        }
      }
    });
  }

  @Test
  void passesTheClaimsOfAValidDocumentAndRejectsOneNamingAnUnknownActor() {
    ClaimDocument document = SampleDocuments.document();
    Predicate<Claim> verdict = VALIDATOR.claimVerdict(document.withClaims(List.of())).orElseThrow();
    Claim claim = document.getClaims().get(0);

    assertThat(verdict.test(claim)).isTrue();
    assertThat(verdict.test(claim.withAttributions(claim.getAttributions().get(0).withClaimant("nobody"))))
        .isFalse();
    assertThat(verdict.test(claim.withProposition(" "))).isFalse();
  }

  @Test
  void aValidatorUsingAJakartaValidatorGivesNoVerdict() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      assertThat(GeoClaimsValidator.using(factory.getValidator()).claimVerdict(SampleDocuments.document()))
          .isEmpty();
    }
  }
}
