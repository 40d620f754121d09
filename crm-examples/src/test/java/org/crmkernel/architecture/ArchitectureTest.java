package org.crmkernel.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Checks the production classes of every module on this class path (crm-persistence-spi,
 * crm-core, crm-testkit, crm-examples) against the package rules of DESIGN.md. {@link
 * ArchitectureRulesCanFailTest} runs the same rules against broken fixtures.
 */
@AnalyzeClasses(
    packages = "org.crmkernel",
    importOptions = {ImportOption.DoNotIncludeTests.class, ExcludeArchitectureFixtures.class})
class ArchitectureTest {

  private static final CrmArchitecture RULES = CrmArchitecture.production();

  /** The rules below see the production classes of the SPI module, and none of the fixtures. */
  @ArchTest
  static void imports_production_classes_only(JavaClasses classes) {
    assertThat(classes.contain("org.crmkernel.model.record.CrmRecord")).isTrue();
    assertThat(classes.contain("org.crmkernel.spi.CrmStore")).isTrue();
    assertThat(classes).noneMatch(c -> c.getPackageName().startsWith("org.crmkernel.architecture"));
  }

  @ArchTest
  static final ArchRule model_depends_only_on_model = RULES.modelDependsOnlyOnModel();

  @ArchTest
  static final ArchRule model_avoids_jdbc = RULES.modelAvoidsJdbc();

  @ArchTest
  static final ArchRule spi_avoids_jdbc = RULES.spiAvoidsJdbc();

  @ArchTest
  static final ArchRule spi_depends_only_on_model_and_spi = RULES.spiDependsOnlyOnModelAndSpi();

  @ArchTest
  static final ArchRule core_avoids_adapters_and_tools = RULES.coreAvoidsAdaptersAndTools();

  @ArchTest
  static final ArchRule testkit_depends_only_on_spi = RULES.testkitDependsOnlyOnSpi();

  @ArchTest
  static final ArchRule jdbc_depends_only_on_spi = RULES.jdbcDependsOnlyOnSpi();

  @ArchTest
  static final ArchRule internal_packages_stay_in_their_module = RULES.internalPackagesStayInTheirModule();

  @ArchTest
  static final ArchRule no_package_cycles = RULES.noPackageCycles();

  @ArchTest
  static final ArchRule model_types_are_records_enums_or_sealed_interfaces =
      RULES.modelTypesAreRecordsEnumsOrSealedInterfaces();

  @ArchTest
  static final ArchRule aggregates_refer_to_aggregates_by_id_only = RULES.aggregatesReferToAggregatesByIdOnly();

  @ArchTest
  static final ArchRule every_package_is_null_marked = RULES.everyPackageIsNullMarked();
}
