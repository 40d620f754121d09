package org.crmkernel.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.regex.Pattern;
import org.crmkernel.architecture.violations.Crm;
import org.crmkernel.architecture.violations.customer.CustomerService;
import org.crmkernel.architecture.violations.customer.internal.CustomerRows;
import org.crmkernel.architecture.violations.dedup.MatchRule;
import org.crmkernel.architecture.violations.examples.Demo;
import org.crmkernel.architecture.violations.internal.Kernel;
import org.crmkernel.architecture.violations.jdbc.JdbcStoreBuilder;
import org.crmkernel.architecture.violations.jdbc.internal.Dialect;
import org.crmkernel.architecture.violations.model.record.Deal;
import org.crmkernel.architecture.violations.model.customer.LeakyFields;
import org.crmkernel.architecture.violations.model.customer.MisplacedException;
import org.crmkernel.architecture.violations.model.customer.ModelCallingCore;
import org.crmkernel.architecture.violations.model.customer.MutableCustomer;
import org.crmkernel.architecture.violations.model.customer.OpenCapability;
import org.crmkernel.architecture.violations.model.customer.Priority;
import org.crmkernel.architecture.violations.model.record.Quote;
import org.crmkernel.architecture.violations.model.customer.Segment;
import org.crmkernel.architecture.violations.model.customer.StatefulChecks;
import org.crmkernel.architecture.violations.model.customer.Tier;
import org.crmkernel.architecture.violations.model.customer.TierFields;
import org.crmkernel.architecture.violations.model.error.FixtureFailure;
import org.crmkernel.architecture.violations.model.error.Violations;
import org.crmkernel.architecture.violations.model.value.SqlStampedNote;
import org.crmkernel.architecture.violations.pipeline.PipelineService;
import org.crmkernel.architecture.violations.report.MatchReport;
import org.crmkernel.architecture.violations.spi.CleanStore;
import org.crmkernel.architecture.violations.spi.StoreCallingCore;
import org.crmkernel.architecture.violations.spi.StoreUsingJdbc;
import org.crmkernel.architecture.violations.testkit.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * Proves that each rule of {@link CrmArchitecture} can fail: the same rules, based at {@code
 * org.crmkernel.architecture.violations}, must report exactly the planted violations there and
 * leave the innocent fixtures alone.
 */
class ArchitectureRulesCanFailTest {

  private static final String FIXTURES = "org.crmkernel.architecture.violations";
  private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);
  private static final CrmArchitecture RULES = new CrmArchitecture(FIXTURES);

  @Test
  void modelThatDependsOnCoreIsReported() {
    List<String> report = violations(RULES.modelDependsOnlyOnModel());

    assertThat(mentioning(report, ModelCallingCore.class)).isNotEmpty();
    assertThat(mentioning(report, Deal.class)).as("model using the real model is fine").isEmpty();
  }

  @Test
  void modelThatUsesJavaSqlIsReported() {
    List<String> report = violations(RULES.modelAvoidsJdbc());

    assertThat(report).isNotEmpty().allSatisfy(line -> assertThat(line).contains(SqlStampedNote.class.getName()));
  }

  @Test
  void spiThatUsesJavaSqlIsReported() {
    List<String> report = violations(RULES.spiAvoidsJdbc());

    assertThat(report).isNotEmpty().allSatisfy(line -> assertThat(line).contains(StoreUsingJdbc.class.getName()));
  }

  @Test
  void spiThatDependsOnCoreIsReported() {
    List<String> report = violations(RULES.spiDependsOnlyOnModelAndSpi());

    assertThat(mentioning(report, StoreCallingCore.class)).isNotEmpty();
    assertThat(mentioning(report, CleanStore.class)).isEmpty();
  }

  @Test
  void coreThatDependsOnAdaptersOrToolsIsReported() {
    List<String> report = violations(RULES.coreAvoidsAdaptersAndTools());

    assertThat(mentioning(report, CustomerService.class))
        .anySatisfy(line -> assertThat(line).contains(JdbcStoreBuilder.class.getName()))
        .anySatisfy(line -> assertThat(line).contains(InMemoryStore.class.getName()));
    assertThat(mentioning(report, Crm.class)).as("the base package is crm-core")
        .anySatisfy(line -> assertThat(line).contains(Demo.class.getName()));
  }

  @Test
  void testkitThatDependsOnCoreIsReported() {
    List<String> report = violations(RULES.testkitDependsOnlyOnSpi());

    assertThat(mentioning(report, InMemoryStore.class))
        .anySatisfy(line -> assertThat(line).contains(PipelineService.class.getName()));
  }

  @Test
  void jdbcThatDependsOnCoreIsReported() {
    List<String> report = violations(RULES.jdbcDependsOnlyOnSpi());

    assertThat(report).isNotEmpty().allSatisfy(line -> assertThat(line)
        .contains(JdbcStoreBuilder.class.getName()).contains(PipelineService.class.getName()));
  }

  @Test
  void internalClassesUsedFromAnotherModuleAreReported() {
    List<String> report = violations(RULES.internalPackagesStayInTheirModule());

    assertThat(mentioning(report, Demo.class))
        .anySatisfy(line -> assertThat(line).contains(Dialect.class.getName()))
        .anySatisfy(line -> assertThat(line).contains(Kernel.class.getName()));
    assertThat(mentioning(report, InMemoryStore.class))
        .anySatisfy(line -> assertThat(line).contains(CustomerRows.class.getName()));
    assertThat(mentioning(report, JdbcStoreBuilder.class)).as("own module's internals").isEmpty();
    assertThat(mentioning(report, CustomerService.class)).as("own module's internals").isEmpty();
  }

  @Test
  void packageCycleIsReported() {
    List<String> report = violations(RULES.noPackageCycles());

    assertThat(report).isNotEmpty().allSatisfy(line -> assertThat(line)
        .contains(MatchRule.class.getPackageName()).contains(MatchReport.class.getPackageName()));
  }

  @Test
  void modelTypesThatAreNotRecordsEnumsOrSealedInterfacesAreReported() {
    List<String> report = violations(RULES.modelTypesAreRecordsEnumsOrSealedInterfaces());

    for (Class<?> offender : List.of(MutableCustomer.class, OpenCapability.class, MisplacedException.class,
        LeakyFields.class, StatefulChecks.class, Segment.Size.class, Tier.Builder.class)) {
      assertThat(about(report, offender)).as(offender.getName()).isNotEmpty();
    }
    for (Class<?> innocent : List.of(Segment.class, Segment.Small.class, Tier.class, Priority.class,
        Priority.HIGH.getClass(), TierFields.class, FixtureFailure.class, Violations.class, Deal.class)) {
      assertThat(about(report, innocent)).as(innocent.getName()).isEmpty();
    }
    assertThat(report).as("synthetic switch-map class of Tier").noneMatch(line -> line.startsWith(Tier.class.getName() + "$1"));
    assertThat(Priority.HIGH.getClass()).as("the enum constant body exists").isNotEqualTo(Priority.class);
  }

  @Test
  void aggregatesHoldingAggregatesAreReported() {
    List<String> report = violations(RULES.aggregatesReferToAggregatesByIdOnly());

    assertThat(report).hasSize(3).allSatisfy(line -> assertThat(line).contains(Deal.class.getName()));
    assertThat(report)
        .anySatisfy(line -> assertThat(line).contains(".quote>").contains("aggregate " + Quote.class.getName()))
        .anySatisfy(line -> assertThat(line).contains(".quotes>").contains("aggregate " + Quote.class.getName()))
        .anySatisfy(line -> assertThat(line).contains(".acceptedQuote>").contains("aggregate " + Quote.class.getName()));
  }

  @Test
  void packagesWithoutNullMarkedPackageInfoAreReported() {
    List<String> report = violations(RULES.everyPackageIsNullMarked());

    assertThat(report)
        .anySatisfy(line -> assertThat(line).contains("<" + FIXTURES + ".noinfo>").contains("has no package-info"))
        .anySatisfy(line -> assertThat(line).contains("<" + FIXTURES + ".unmarked>").contains("without @NullMarked"))
        .noneSatisfy(line -> assertThat(line).contains("<" + FIXTURES + ".marked>"))
        .noneSatisfy(line -> assertThat(line).contains("<" + FIXTURES + ">"));
  }

  @Test
  void staticHolderPredicateIsStructural() {
    assertThat(CrmArchitecture.isStaticHolder(CLASSES.get(TierFields.class))).isTrue();
    assertThat(CrmArchitecture.isStaticHolder(CLASSES.get(LeakyFields.class))).isFalse();
    assertThat(CrmArchitecture.isStaticHolder(CLASSES.get(StatefulChecks.class))).isFalse();
    assertThat(CrmArchitecture.isStaticHolder(CLASSES.get(Kernel.class))).isTrue();
  }

  @Test
  void moduleOfFollowsTheFirstPackageSegment() {
    CrmArchitecture production = CrmArchitecture.production();

    assertThat(production.moduleOf("org.crmkernel")).hasValue("crm-core");
    assertThat(production.moduleOf("org.crmkernel.internal")).hasValue("crm-core");
    assertThat(production.moduleOf("org.crmkernel.customer.internal")).hasValue("crm-core");
    assertThat(production.moduleOf("org.crmkernel.model.customer")).hasValue("crm-persistence-spi");
    assertThat(production.moduleOf("org.crmkernel.spi.query")).hasValue("crm-persistence-spi");
    assertThat(production.moduleOf("org.crmkernel.jdbc.internal")).hasValue("crm-jdbc");
    assertThat(production.moduleOf("org.crmkernel.testkit.memory")).hasValue("crm-testkit");
    assertThat(production.moduleOf("org.crmkernel.modelling")).hasValue("crm-core");
    assertThat(production.moduleOf("org.crmkernelx")).isEmpty();
    assertThat(production.moduleOf("java.sql")).isEmpty();
  }

  /** The failure report's lines for {@code rule} over the fixtures; the rule must fail. */
  private static List<String> violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(CLASSES);
    assertThat(result.hasViolation()).as("rule reports a violation: %s", rule.getDescription()).isTrue();
    return result.getFailureReport().getDetails();
  }

  /** The lines of a per-class condition that report on {@code type}. */
  private static List<String> about(List<String> report, Class<?> type) {
    return report.stream().filter(line -> line.startsWith(type.getName() + " ")).toList();
  }

  /** The lines naming {@code type} itself (not merely a nested type or a longer name). */
  private static List<String> mentioning(List<String> report, Class<?> type) {
    Pattern name = Pattern.compile(Pattern.quote(type.getName()) + "(?![\\w$])");
    return report.stream().filter(line -> name.matcher(line).find()).toList();
  }
}
