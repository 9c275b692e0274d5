package io.github.geoclaims.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.ViolationCode;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * The suites of geoclaims-core and geoclaims-jackson run here on the lowest supported versions: this test proves the
 * class path is that lower end, so that a change to dependency management cannot quietly move it up.
 */
class LowestVersionsTest {

  /** The file name of the jar a class was loaded from. */
  private static String jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
  }

  @Test
  void hibernateValidatorIsTheLowestSupported() throws Exception {
    assertThat(jarOf(HibernateValidator.class)).isEqualTo("hibernate-validator-8.0.3.Final.jar");
  }

  @Test
  void jakartaValidationIsTheLowestSupported() throws Exception {
    assertThat(jarOf(Validation.class)).isEqualTo("jakarta.validation-api-3.0.2.jar");
  }

  @Test
  void jackson2IsTheLowestSupported() {
    assertThat(PackageVersion.VERSION.toString()).isEqualTo("2.19.2");
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo("2.19.2");
  }

  @Test
  void theExpressionLanguageIsTheJakartaEl50ImplementationThatGoesWithThem() throws Exception {
    assertThat(jarOf(Class.forName("org.glassfish.expressly.ExpressionFactoryImpl")))
        .isEqualTo("expressly-5.0.0.jar");
  }

  /** The README's claim, on the README's class path at its lower end: a plain default factory enforces every rule. */
  @Test
  void aPlainDefaultValidatorFactoryEnforcesTheRules() {
    ClaimDocument broken = ClaimDocument.builder().id("not an id").build();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(GeoClaimsValidator.toViolations(factory.getValidator().validate(broken)))
          .extracting(violation -> violation.code()).containsExactly(ViolationCode.IDENTIFIER_MALFORMED);
    }
  }
}
