package io.github.geoclaims.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validators' own edges: objects they are not meant for, absent values, and the reporting helper. */
class ValidatorsTest {

  /** Class-level validators annotated on package-private types take {@code Object}; anything else is valid. */
  @Test
  void acceptsObjectsOfOtherTypes() {
    List<ConstraintValidator<?, Object>> validators = List.of(new AcyclicRelationsValidator(),
        new ConsistentAnchorValidator(), new ConsistentAttributionChainsValidator(), new ConsistentGroupValidator(),
        new ConsistentQuantityValidator(), new ConsistentTimeValidator(),
        new CorroboratedByIndependentOriginsValidator(), new QuotesMatchSourceTextValidator(),
        new ResolvedReferencesValidator(), new StatementsNotAfterPublicationValidator(),
        new UniqueIdentifiersValidator(), new VerdictHasEvidenceValidator());
    for (ConstraintValidator<?, Object> validator : validators) {
      assertThat(validator.isValid("not a model object", null)).as(validator.getClass().getSimpleName()).isTrue();
      assertThat(validator.isValid(SampleDocuments.russia(), null)).as(validator.getClass().getSimpleName())
          .isTrue();
    }
  }

  @Test
  void acceptsAbsentValues() {
    assertThat(new CountryCodeValidator().isValid(null, null)).isTrue();
    assertThat(new HttpUrlValidator().isValid(null, null)).isTrue();
    assertThat(new LanguageTagValidator().isValid(null, null)).isTrue();
    assertThat(new KnownTermValidator().isValid(null, null)).isTrue();
  }

  @Test
  void judgesSimpleValuesWithoutAContext() {
    assertThat(new CountryCodeValidator().isValid("KP", null)).isTrue();
    assertThat(new CountryCodeValidator().isValid("KPX", null)).isFalse();
    assertThat(new HttpUrlValidator().isValid("https://example.org", null)).isTrue();
    assertThat(new HttpUrlValidator().isValid("https:relative", null)).isFalse();
    assertThat(new LanguageTagValidator().isValid("pt-BR", null)).isTrue();
    assertThat(new LanguageTagValidator().isValid("zz", null)).isFalse();
    assertThat(new KnownTermValidator().isValid(io.github.geoclaims.model.Stance.of("x-a"), null)).isTrue();
  }

  @Test
  void quotesShortValuesWhole() {
    assertThat(ConstraintReport.quoted("")).isEqualTo("''");
    assertThat(ConstraintReport.quoted("a".repeat(80))).isEqualTo("'" + "a".repeat(80) + "'");
  }

  @Test
  void shortensValuesLongerThan80Characters() {
    assertThat(ConstraintReport.quoted("a".repeat(81))).isEqualTo("'" + "a".repeat(77) + "...'");
  }

  @Test
  void rejectsMalformedPath() {
    ConstraintValidatorContext context = (ConstraintValidatorContext) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ConstraintValidatorContext.class}, (proxy, method, args) -> null);
    ConstraintReport report = new ConstraintReport(context);
    assertThat(report.isValid()).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> report.add(ViolationCode.OTHER, "claims[x].id", "m"))
        .withMessage("Not a property path segment: claims[x]");
    assertThat(report.isValid()).isFalse();
  }
}
