package io.github.geoclaims.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.geoclaims.json");

  @Test
  void theCodecPackagesDoNotDependOnJacksonSoAJackson3ModuleCanReuseThem() {
    noClasses().that().resideInAnyPackage("io.github.geoclaims.json.ser..", "io.github.geoclaims.json.deser..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..")
        .check(classes);
  }

  @Test
  void theProblemTypesDoNotDependOnJackson() {
    noClasses().that().haveSimpleName("JsonProblem").or().haveSimpleName("GeoClaimsJsonException")
        .or().haveSimpleName("ReadResult")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
        .check(classes);
  }
}
