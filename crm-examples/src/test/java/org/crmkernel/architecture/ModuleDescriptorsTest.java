package org.crmkernel.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the compiled {@code module-info.class} of every crmkernel module on the class path and
 * checks that each library (crm-persistence-spi, crm-core, crm-testkit, crm-jdbc) has one, and
 * that it exports exactly its API: no {@code internal} package, and every package holding a
 * public top-level type outside {@code internal} packages.
 */
class ModuleDescriptorsTest {

  /** The descriptor each library's classes must come with, by Maven module. */
  private static final Map<String, String> LIBRARY_MODULE_NAMES = Map.of(
      "crm-persistence-spi", "org.crmkernel.spi",
      "crm-core", "org.crmkernel.core",
      "crm-testkit", "org.crmkernel.testkit",
      "crm-jdbc", "org.crmkernel.jdbc");

  private static final CrmArchitecture LAYOUT = CrmArchitecture.production();

  private static List<CodeRoot> roots = List.of();

  /**
   * A jar or class directory on the class path with production classes under {@code
   * org.crmkernel}: the Maven modules its packages belong to, its module descriptor if it has
   * one, and the packages of its public top-level types.
   */
  record CodeRoot(URI location, Set<String> mavenModules, Optional<ModuleDescriptor> descriptor,
      Set<String> publicTypePackages) {

    boolean isLibrary() {
      return mavenModules.stream().anyMatch(LIBRARY_MODULE_NAMES::containsKey);
    }
  }

  @BeforeAll
  static void findCodeRoots() throws IOException {
    ClassLoader loader = ModuleDescriptorsTest.class.getClassLoader();
    Map<URI, ModuleDescriptor> descriptors = new TreeMap<>();
    for (URL url : Collections.list(loader.getResources("module-info.class"))) {
      ModuleDescriptor descriptor = read(url);
      if (descriptor.name().startsWith("org.crmkernel.")) {
        descriptors.put(parent(url, "module-info.class"), descriptor);
      }
    }
    Set<URI> locations = new TreeSet<>(descriptors.keySet());
    for (URL url : Collections.list(loader.getResources("org/crmkernel"))) {
      locations.add(parent(url, "org/crmkernel"));
    }
    List<CodeRoot> found = new ArrayList<>();
    for (URI location : locations) {
      if (new ImportOption.DoNotIncludeTests().includes(Location.of(location))) {
        JavaClasses classes = new ClassFileImporter().importLocations(Set.of(Location.of(location)));
        Set<String> mavenModules = classes.stream()
            .flatMap(type -> LAYOUT.moduleOf(type.getPackageName()).stream())
            .collect(Collectors.toCollection(TreeSet::new));
        found.add(new CodeRoot(location, mavenModules, Optional.ofNullable(descriptors.get(location)),
            publicTypePackages(classes)));
      }
    }
    roots = found;
  }

  @Test
  void theSpiModuleIsFound() {
    CodeRoot spi = roots.stream()
        .filter(root -> root.descriptor().map(d -> d.name().equals("org.crmkernel.spi")).orElse(false))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no module-info.class of org.crmkernel.spi among " + roots));
    assertThat(spi.publicTypePackages())
        .as("public types are found, so the export check is not vacuous")
        .contains("org.crmkernel.spi", "org.crmkernel.model.customer");
  }

  @Test
  void everyLibraryHasItsModuleDescriptor() {
    List<CodeRoot> libraries = roots.stream().filter(CodeRoot::isLibrary).toList();
    assertThat(libraries).isNotEmpty();
    for (CodeRoot library : libraries) {
      assertThat(library.mavenModules()).as("packages of one module only in %s", library.location()).hasSize(1);
      String expected = LIBRARY_MODULE_NAMES.get(library.mavenModules().iterator().next());
      assertThat(library.descriptor().map(ModuleDescriptor::name))
          .as("module-info.class of %s", library.location())
          .hasValue(expected);
    }
  }

  @Test
  void everyModuleExportsExactlyItsApi() {
    List<String> problems = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (CodeRoot root : roots) {
      root.descriptor().ifPresent(descriptor -> {
        checked.add(descriptor.name());
        // An application (crm-examples) need not export its public classes; a library must.
        problems.addAll(exportProblems(descriptor, root.isLibrary() ? root.publicTypePackages() : Set.of()));
      });
    }
    assertThat(checked).contains("org.crmkernel.spi");
    assertThat(problems).as("modules checked: %s", checked).isEmpty();
  }

  @Test
  void exportedInternalPackagesAndUnexportedApiAreReported() {
    ModuleDescriptor leaky = ModuleDescriptor.newModule("org.crmkernel.leaky")
        .exports("org.crmkernel.leaky")
        .exports("org.crmkernel.leaky.internal")
        .exports(Set.of(), "org.crmkernel.leaky.sql.internal.rows", Set.of("org.crmkernel.friend"))
        .packages(Set.of("org.crmkernel.leaky.hidden"))
        .build();

    List<String> problems = exportProblems(leaky, Set.of("org.crmkernel.leaky", "org.crmkernel.leaky.hidden"));

    assertThat(problems).containsExactlyInAnyOrder(
        "org.crmkernel.leaky exports internal package org.crmkernel.leaky.internal",
        "org.crmkernel.leaky exports internal package org.crmkernel.leaky.sql.internal.rows to [org.crmkernel.friend]",
        "org.crmkernel.leaky does not export org.crmkernel.leaky.hidden, which has public types");
  }

  @Test
  void publicTopLevelTypesOutsideInternalPackagesCountAsApi() {
    URL fixtures = ModuleDescriptorsTest.class.getResource("/org/crmkernel/architecture/violations/");
    assertThat(fixtures).isNotNull();
    URI testClasses = URI.create(fixtures.toString().replace("org/crmkernel/architecture/violations/", ""));

    Set<String> packages =
        publicTypePackages(new ClassFileImporter().importLocations(Set.of(Location.of(testClasses))));

    assertThat(packages)
        .contains("org.crmkernel.architecture.violations.jdbc", "org.crmkernel.architecture.violations.model.customer")
        .doesNotContain("org.crmkernel.architecture.violations.jdbc.internal",
            "org.crmkernel.architecture.violations.customer.internal");
  }

  /** What is wrong with the exports of {@code module}, whose public types sit in {@code publicTypePackages}. */
  static List<String> exportProblems(ModuleDescriptor module, Set<String> publicTypePackages) {
    List<String> problems = new ArrayList<>();
    Set<String> exportedToAll = new TreeSet<>();
    for (Exports export : module.exports()) {
      if (isInternal(export.source())) {
        problems.add(module.name() + " exports internal package " + export.source()
            + (export.isQualified() ? " to " + new TreeSet<>(export.targets()) : ""));
      }
      if (!export.isQualified()) {
        exportedToAll.add(export.source());
      }
    }
    for (String api : new TreeSet<>(publicTypePackages)) {
      if (!exportedToAll.contains(api)) {
        problems.add(module.name() + " does not export " + api + ", which has public types");
      }
    }
    return problems;
  }

  private static boolean isInternal(String packageName) {
    return Arrays.asList(packageName.split("\\.")).contains("internal");
  }

  /** Packages outside {@code internal} that hold public top-level types. */
  private static Set<String> publicTypePackages(JavaClasses classes) {
    return classes.stream()
        .filter(JavaClass::isTopLevelClass)
        .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(type -> !type.getSimpleName().equals("package-info") && !type.getSimpleName().equals("module-info"))
        .map(JavaClass::getPackageName)
        .filter(name -> !isInternal(name))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The class path root that {@code url}, found as {@code resource}, lies in. */
  private static URI parent(URL url, String resource) {
    String text = url.toString();
    return URI.create(text.substring(0, text.lastIndexOf(resource)));
  }

  private static ModuleDescriptor read(URL url) {
    try (InputStream in = url.openStream()) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }
}
