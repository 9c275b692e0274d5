package io.github.geoclaims.jackson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of the JSON artifacts: a Jackson-free codec, and a backend that only adapts Jackson to it. */
class ArchitectureTest {

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.geoclaims.json", "io.github.geoclaims.jackson");

  @Test
  void theJsonArtifactDependsOnNoJsonLibrary() {
    noClasses().that().resideInAPackage("io.github.geoclaims.json..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..")
        .check(classes);
  }

  @Test
  void theBackendUsesOnlyTheExportedPackagesOfTheJsonArtifact() {
    noClasses().that().resideInAPackage("io.github.geoclaims.jackson..")
        .should().dependOnClassesThat().resideInAPackage("io.github.geoclaims.json.internal..")
        .check(classes);
  }

  @Test
  void theJsonArtifactDoesNotKnowItsBackends() {
    noClasses().that().resideInAPackage("io.github.geoclaims.json..")
        .should().dependOnClassesThat().resideInAPackage("io.github.geoclaims.jackson..")
        .check(classes);
  }
}
