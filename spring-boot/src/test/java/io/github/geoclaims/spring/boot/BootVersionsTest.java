package io.github.geoclaims.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import org.hibernate.validator.internal.util.Version;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;

/**
 * The starter's tests run on the versions that Spring Boot 4.0.7 manages, not on the ones geoclaims is built on
 * (Hibernate Validator 9.1, Jackson 3.2): this test names them, so that the README's tested range is a fact.
 */
class BootVersionsTest {

  @Test
  void theTestsRunOnSpringBoot407AndTheVersionsItManages() {
    assertThat(SpringBootVersion.getVersion()).isEqualTo("4.0.7");
    assertThat(SpringVersion.getVersion()).startsWith("7.0.");
    assertThat(Version.getVersionString()).isEqualTo("9.0.1.Final");
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo("3.1.4");
    assertThat(jarOf(Validation.class)).endsWith("jakarta.validation-api-3.1.1.jar");
  }

  private static String jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().getPath();
  }
}
