package io.github.geoclaims.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.ViolationCode;
import jakarta.validation.Validation;
import org.hibernate.validator.internal.util.Version;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;

/**
 * The recipe's tests run on what Spring Boot 3.5.7 manages, not on what geoclaims is built on (Hibernate Validator
 * 9.1, validation-api 3.1, Jackson 2.22): this test names the versions, so that the README's tested range is a fact.
 */
class BootVersionsTest {

  @Test
  void theTestsRunOnSpringBoot357AndTheVersionsItManages() {
    assertThat(SpringBootVersion.getVersion()).isEqualTo("3.5.7");
    assertThat(SpringVersion.getVersion()).startsWith("6.2.");
    assertThat(Version.getVersionString()).isEqualTo("8.0.3.Final");
    assertThat(PackageVersion.VERSION.toString()).isEqualTo("2.19.2");
    assertThat(jarOf(Validation.class)).endsWith("jakarta.validation-api-3.0.2.jar");
  }

  @Test
  void geoclaimsOwnValidatorAndReaderWorkOnTheseVersions() {
    ClaimDocument fixture = Fixtures.load("000_6fa328a5eb9c16d3");
    ClaimDocument broken = fixture.withClaims(fixture.getClaims().subList(1, fixture.getClaims().size()));

    assertThat(GeoClaimsValidator.shared().validate(fixture)).isEmpty();
    assertThat(GeoClaimsValidator.shared().validate(broken))
        .extracting(violation -> violation.code())
        .contains(ViolationCode.REFERENCE_UNRESOLVED);
    assertThat(GeoClaimsJson.standard().read(GeoClaimsJson.standard().write(fixture))).isEqualTo(fixture);
  }

  private static String jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().getPath();
  }
}
