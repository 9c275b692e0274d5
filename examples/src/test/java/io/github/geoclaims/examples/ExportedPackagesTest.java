package io.github.geoclaims.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.geoclaims.graph.ProvenanceGraph;
import io.github.geoclaims.interop.stix.StixExporter;
import io.github.geoclaims.jackson.Jackson2Backend;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library modules export their API packages only, and the examples (what users copy) use nothing else: every
 * package of the library that an example class touches is exported by the module that holds it.
 */
class ExportedPackagesTest {

  @Test
  void eachLibraryModuleExportsItsApiPackagesAndNoInternalOne() throws Exception {
    assertThat(exports(ClaimDocument.class)).containsExactly("io.github.geoclaims.corpus", "io.github.geoclaims.model",
        "io.github.geoclaims.model.meta", "io.github.geoclaims.validation",
        "io.github.geoclaims.validation.constraints");
    assertThat(exports(GeoClaimsJson.class)).containsExactly("io.github.geoclaims.json",
        "io.github.geoclaims.json.schema", "io.github.geoclaims.json.spi");
    assertThat(exports(Jackson2Backend.class)).containsExactly("io.github.geoclaims.jackson");
    assertThat(exports(ProvenanceGraph.class)).containsExactly("io.github.geoclaims.graph");
    assertThat(exports(StixExporter.class)).containsExactly("io.github.geoclaims.interop",
        "io.github.geoclaims.interop.claimreview", "io.github.geoclaims.interop.stix",
        "io.github.geoclaims.interop.webannotation");
  }

  @Test
  void theExamplesUseOnlyExportedPackagesOfTheLibrary() throws Exception {
    Set<String> exported = new TreeSet<>();
    for (Class<?> module : Set.of(ClaimDocument.class, GeoClaimsJson.class, Jackson2Backend.class,
        ProvenanceGraph.class, StixExporter.class)) {
      exported.addAll(exports(module));
    }
    JavaClasses examples = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.geoclaims.examples");
    Set<String> used = examples.stream()
        .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
        .map(dependency -> dependency.getTargetClass().getBaseComponentType())
        .map(JavaClass::getPackageName)
        .filter(name -> name.startsWith("io.github.geoclaims.") && !name.startsWith("io.github.geoclaims.examples"))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(used).isNotEmpty().isSubsetOf(exported);
  }

  /** The packages the module holding {@code type} exports to everyone, from its compiled descriptor. */
  private static Set<String> exports(Class<?> type) throws URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor = ModuleFinder.of(location).findAll().iterator().next().descriptor();
    assertThat(descriptor.isAutomatic()).as("%s has a module-info", location).isFalse();
    return descriptor.exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
