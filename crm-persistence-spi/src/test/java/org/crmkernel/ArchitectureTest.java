package org.crmkernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the package documentation promises. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.crmkernel");
  }

  @Test
  void theModelDoesNotKnowTheStoreInterfaces() {
    noClasses().that().resideInAPackage("org.crmkernel.model..")
        .should().dependOnClassesThat().resideInAPackage("org.crmkernel.spi..")
        .check(classes);
  }

  @Test
  void idsDependOnNothingElseOfOurs() {
    noClasses().that().resideInAPackage("org.crmkernel.model.id")
        .should().dependOnClassesThat().resideInAnyPackage(otherThan("org.crmkernel.model.id"))
        .check(classes);
  }

  @Test
  void errorsDependOnlyOnIds() {
    noClasses().that().resideInAPackage("org.crmkernel.model.error")
        .should().dependOnClassesThat()
        .resideInAnyPackage(otherThan("org.crmkernel.model.error", "org.crmkernel.model.id"))
        .check(classes);
  }

  @Test
  void valuesDependOnlyOnErrors() {
    noClasses().that().resideInAPackage("org.crmkernel.model.value")
        .should().dependOnClassesThat()
        .resideInAnyPackage(otherThan("org.crmkernel.model.value", "org.crmkernel.model.error"))
        .check(classes);
  }

  @Test
  void everyPackageIsNullMarked() {
    Set<String> packages = new TreeSet<>();
    classes.forEach(c -> packages.add(c.getPackageName()));

    assertThat(packages).isNotEmpty().allSatisfy(name -> {
      Package p = ClassLoader.getSystemClassLoader().loadClass(name + ".package-info").getPackage();
      assertThat(p.isAnnotationPresent(NullMarked.class)).as(name).isTrue();
    });
  }

  private static String[] otherThan(String... allowed) {
    List<String> ours = List.of("org.crmkernel.model.id", "org.crmkernel.model.error", "org.crmkernel.model.value",
        "org.crmkernel.model.record", "org.crmkernel.model.field", "org.crmkernel.model.customer",
        "org.crmkernel.model.directory", "org.crmkernel.model.audit", "org.crmkernel.model.event",
        "org.crmkernel.model.tenant", "org.crmkernel.spi", "org.crmkernel.spi.query");
    return ours.stream().filter(p -> !List.of(allowed).contains(p)).toArray(String[]::new);
  }
}
