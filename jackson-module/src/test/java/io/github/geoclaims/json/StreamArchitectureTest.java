package io.github.geoclaims.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The streaming and schema packages stay free of Jackson, so that a Jackson 3 module can reuse them. */
class StreamArchitectureTest {

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.geoclaims.json");

  @Test
  void theStreamAndSchemaPackagesDoNotDependOnJackson() {
    noClasses().that().resideInAnyPackage("io.github.geoclaims.json.stream..", "io.github.geoclaims.json.schema..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..")
        .check(classes);
  }
}
