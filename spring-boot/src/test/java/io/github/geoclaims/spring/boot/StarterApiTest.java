package io.github.geoclaims.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The starter is built on the library's published API only, as any other user of it is. */
class StarterApiTest {

  @Test
  void theStarterUsesNoInternalPackageOfTheLibrary() {
    JavaClasses starter = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.geoclaims.spring.boot");
    Set<String> used = starter.stream()
        .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
        .map(dependency -> dependency.getTargetClass().getBaseComponentType())
        .map(JavaClass::getPackageName)
        .filter(name -> name.startsWith("io.github.geoclaims.") && !name.startsWith("io.github.geoclaims.spring"))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(used).isNotEmpty().noneMatch(name -> name.contains(".internal"));
  }
}
