package io.github.geoclaims;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core's dependency rules. */
@AnalyzeClasses(packages = "io.github.geoclaims", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnNoJsonLibrary = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage(
          "com.fasterxml.jackson..", "tools.jackson..", "com.google.gson..", "jakarta.json..", "javax.json..",
          "org.json..")
      .because("the core holds extension values as JSON text and leaves reading and writing to the JSON module");

  @ArchTest
  static final ArchRule modelDoesNotDependOnValidatorImplementations = noClasses()
      .that().resideInAPackage("io.github.geoclaims.model..")
      .should().dependOnClassesThat().resideInAPackage("io.github.geoclaims.validation.internal..")
      .because("the model declares constraints; which class checks them is the validation package's business");

  @ArchTest
  static final ArchRule metamodelDoesNotDependOnValidation = noClasses()
      .that().resideInAPackage("io.github.geoclaims.model.meta..")
      .should().dependOnClassesThat().resideInAPackage("io.github.geoclaims.validation..")
      .because("the metamodel describes the model and reads any Jakarta constraint generically; validation is"
          + " planned from the metamodel, not the other way round");

  @ArchTest
  static final ArchRule modelHasNoPublicSetters = noMethods()
      .that().areDeclaredInClassesThat().resideInAPackage("io.github.geoclaims.model")
      .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
      .and().arePublic()
      .should().haveNameMatching("set[A-Z].*")
      .because("model objects are immutable");
}
