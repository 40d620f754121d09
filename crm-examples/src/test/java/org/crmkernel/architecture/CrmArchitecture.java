package org.crmkernel.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;

/**
 * The package rules of DESIGN.md as ArchUnit rules, written against a base package so that the
 * same rules check the production code ({@link #production()}, base {@code org.crmkernel}) and
 * the deliberately broken fixtures under {@code org.crmkernel.architecture.violations}, which
 * prove that every rule can fail.
 *
 * <p>Under the base package, the first package segment names the Maven module: {@code model} and
 * {@code spi} are crm-persistence-spi, {@code jdbc}, {@code testkit}, {@code examples} and {@code
 * bench} are their own modules, and everything else (the base package itself included) is
 * crm-core.
 */
final class CrmArchitecture {


  private static final Set<String> NON_CORE_AREAS = Set.of("model", "spi", "jdbc", "testkit", "examples", "bench");

  private final String base;

  CrmArchitecture(String base) {
    this.base = base;
  }

  /** The interface every aggregate implements: {@code <base>.model.record.CrmRecord}. */
  String crmRecord() {
    return base + ".model.record.CrmRecord";
  }

  /** The rules for the production code under {@code org.crmkernel}. */
  static CrmArchitecture production() {
    return new CrmArchitecture("org.crmkernel");
  }

  /** The Maven module owning {@code packageName}, or empty for a package outside the base. */
  Optional<String> moduleOf(String packageName) {
    if (!packageName.equals(base) && !packageName.startsWith(base + ".")) {
      return Optional.empty();
    }
    String rest = packageName.substring(base.length());
    String area = rest.isEmpty() ? "" : rest.substring(1).split("\\.", 2)[0];
    return Optional.of(switch (area) {
      case "model", "spi" -> "crm-persistence-spi";
      case "jdbc" -> "crm-jdbc";
      case "testkit" -> "crm-testkit";
      case "examples" -> "crm-examples";
      case "bench" -> "crm-bench";
      default -> "crm-core";
    });
  }

  // ---- dependency directions

  /** The model depends on nothing else of ours. */
  ArchRule modelDependsOnlyOnModel() {
    return classes().that().resideInAPackage(area("model"))
        .should().onlyDependOnClassesThat(outsideBase().or(resideInAPackage(area("model"))))
        .because("the model is the bottom layer: records that every module shares");
  }

  /** The model knows nothing of JDBC. */
  ArchRule modelAvoidsJdbc() {
    return noClasses().that().resideInAPackage(area("model"))
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .because("storage technology belongs to the adapters, not to the records");
  }

  /** The store SPI knows nothing of JDBC. */
  ArchRule spiAvoidsJdbc() {
    return noClasses().that().resideInAPackage(area("spi"))
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .because("the store contract must be implementable without a database");
  }

  /** The store SPI depends only on the model and itself. */
  ArchRule spiDependsOnlyOnModelAndSpi() {
    return classes().that().resideInAPackage(area("spi"))
        .should().onlyDependOnClassesThat(outsideBase().or(resideInAnyPackage(area("model"), area("spi"))))
        .because("third-party adapters compile against crm-persistence-spi alone");
  }

  /** crm-core never depends on the adapters, the testkit, the examples or the benchmarks. */
  ArchRule coreAvoidsAdaptersAndTools() {
    return noClasses().that(inModule("crm-core"))
        .should().dependOnClassesThat()
        .resideInAnyPackage(area("jdbc"), area("testkit"), area("examples"), area("bench"))
        .because("crm-core sits below every adapter and tool")
        .allowEmptyShould(true);
  }

  /** crm-testkit depends only on the SPI module (and test libraries), never on crm-core. */
  ArchRule testkitDependsOnlyOnSpi() {
    return classes().that().resideInAPackage(area("testkit"))
        .should().onlyDependOnClassesThat(outsideBase().or(inModule("crm-persistence-spi")).or(inModule("crm-testkit")))
        .because("the store contract suite must run against an adapter without the service layer")
        .allowEmptyShould(true);
  }

  /** crm-jdbc depends only on the SPI module, never on crm-core's main code (DESIGN.md). */
  ArchRule jdbcDependsOnlyOnSpi() {
    return classes().that().resideInAPackage(area("jdbc"))
        .should().onlyDependOnClassesThat(outsideBase().or(inModule("crm-persistence-spi")).or(inModule("crm-jdbc")))
        .because("crm-jdbc is an adapter of the store SPI")
        .allowEmptyShould(true);
  }

  /** Classes in an {@code internal} package are used only from their own module. */
  ArchRule internalPackagesStayInTheirModule() {
    return classes().that().resideInAPackage(base + "..internal..")
        .should(beUsedOnlyFromTheirOwnModule())
        .because("internal packages are not exported and are no one else's API")
        .allowEmptyShould(true);
  }

  /** No two packages depend on each other, directly or through others. */
  ArchRule noPackageCycles() {
    return slices().assignedFrom(eachPackageUnderBase())
        .should().beFreeOfCycles()
        .because("packages are layered; a cycle means two packages are one");
  }

  // ---- shape of the model

  /**
   * Model types are records, enums or sealed interfaces, and the types nested in records and
   * sealed interfaces are records. Exempt: exceptions in {@code model.error} and its {@code
   * Violations} collector, static holders (final, private constructors, only static members:
   * the {@code *Fields} constants and utilities such as {@code Texts}), enum constant bodies and
   * compiler-generated classes.
   */
  ArchRule modelTypesAreRecordsEnumsOrSealedInterfaces() {
    return classes().that().resideInAPackage(area("model")).and(not(packageInfo()))
        .should(beARecordEnumOrSealedInterface())
        .because("the model is immutable values and closed hierarchies");
  }

  /** No field of an aggregate refers to another aggregate, not even as a type argument. */
  ArchRule aggregatesReferToAggregatesByIdOnly() {
    return classes().that().areAssignableTo(crmRecord())
        .should(referToOtherAggregatesByIdOnly())
        .because("aggregates refer to each other by id, so each one loads and changes alone");
  }

  // ---- room signs

  /** Every package has a {@code package-info} annotated {@code @NullMarked}. */
  ArchRule everyPackageIsNullMarked() {
    return all(packagesUnderBase()).should(haveANullMarkedPackageInfo())
        .because("package-info.java is each package's room sign, and null is never a value");
  }

  // ---- building blocks

  private String area(String name) {
    return base + "." + name + "..";
  }

  private DescribedPredicate<JavaClass> outsideBase() {
    return resideOutsideOfPackage(base + "..");
  }

  private DescribedPredicate<JavaClass> inModule(String module) {
    return DescribedPredicate.describe("reside in " + module + " packages under " + base,
        c -> moduleOf(c.getPackageName()).filter(module::equals).isPresent());
  }

  private static DescribedPredicate<JavaClass> packageInfo() {
    return DescribedPredicate.describe("are package-info", c -> c.getSimpleName().equals("package-info"));
  }

  private ArchCondition<JavaClass> beUsedOnlyFromTheirOwnModule() {
    return new ArchCondition<>("be used only from their own module") {
      @Override
      public void check(JavaClass target, ConditionEvents events) {
        Optional<String> module = moduleOf(target.getPackageName());
        for (Dependency dependency : target.getDirectDependenciesToSelf()) {
          Optional<String> from = moduleOf(dependency.getOriginClass().getPackageName());
          if (!from.equals(module)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                + ": " + target.getName() + " is internal to " + module.orElse("?")
                + " but used from " + from.orElse("outside " + base)));
          }
        }
      }
    };
  }

  private SliceAssignment eachPackageUnderBase() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return moduleOf(javaClass.getPackageName()).isPresent()
            ? SliceIdentifier.of(javaClass.getPackageName())
            : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "packages under " + base + " (each package one slice)";
      }
    };
  }

  private ArchCondition<JavaClass> beARecordEnumOrSealedInterface() {
    String errorPackage = base + ".model.error";
    return new ArchCondition<>("be records, enums or sealed interfaces") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        if (type.getModifiers().contains(JavaModifier.SYNTHETIC)) {
          return;
        }
        Optional<JavaClass> declaringType = type.getEnclosingClass();
        if (declaringType.isPresent() && (declaringType.get().isRecord() || isSealedInterface(declaringType.get()))) {
          events.add(new SimpleConditionEvent(type, type.isRecord(),
              type.getName() + " is declared in " + declaringType.get().getName() + " and "
                  + (type.isRecord() ? "is a record" : "is not a record")));
          return;
        }
        boolean allowed = type.isRecord()
            || type.isEnum()
            || isEnumConstantBody(type)
            || isSealedInterface(type)
            || (type.getPackageName().equals(errorPackage)
                && (type.isAssignableTo(Throwable.class) || type.getSimpleName().equals("Violations")))
            || isStaticHolder(type);
        events.add(new SimpleConditionEvent(type, allowed, type.getName() + (allowed
            ? " is a record, enum, sealed interface or exempt"
            : " is not a record, enum or sealed interface, nor a final class with private constructors"
                + " and only static members")));
      }
    };
  }

  private static boolean isSealedInterface(JavaClass type) {
    return type.isInterface() && type.isSealed();
  }

  private static boolean isEnumConstantBody(JavaClass type) {
    return type.isAnonymousClass() && type.getRawSuperclass().map(JavaClass::isEnum).orElse(false);
  }

  /** A final class that cannot be instantiated from outside and has no instance state or methods. */
  static boolean isStaticHolder(JavaClass type) {
    return !type.isInterface() && !type.isRecord() && !type.isEnum()
        && type.getModifiers().contains(JavaModifier.FINAL)
        && !type.getConstructors().isEmpty()
        && type.getConstructors().stream().allMatch(c -> c.getModifiers().contains(JavaModifier.PRIVATE))
        && type.getFields().stream().allMatch(CrmArchitecture::isStatic)
        && type.getMethods().stream().allMatch(m -> isStatic(m) || m.getModifiers().contains(JavaModifier.SYNTHETIC));
  }

  private static boolean isStatic(JavaMember member) {
    return member.getModifiers().contains(JavaModifier.STATIC);
  }

  private ArchCondition<JavaClass> referToOtherAggregatesByIdOnly() {
    return new ArchCondition<>("refer to other aggregates by id only") {
      @Override
      public void check(JavaClass aggregate, ConditionEvents events) {
        for (JavaField field : aggregate.getFields()) {
          if (isStatic(field)) {
            continue;
          }
          for (JavaClass involved : field.getType().getAllInvolvedRawTypes()) {
            if (involved.isAssignableTo(crmRecord())) {
              events.add(SimpleConditionEvent.violated(field, "Field <" + field.getFullName() + "> of type <"
                  + field.getType().getName() + "> holds the aggregate " + involved.getName()
                  + " instead of its id"));
            }
          }
        }
      }
    };
  }

  private AbstractClassesTransformer<JavaPackage> packagesUnderBase() {
    return new AbstractClassesTransformer<>("packages under " + base) {
      @Override
      public Iterable<JavaPackage> doTransform(JavaClasses classes) {
        Set<String> names = new TreeSet<>();
        for (JavaClass type : classes) {
          if (moduleOf(type.getPackageName()).isPresent()) {
            names.add(type.getPackageName());
          }
        }
        return names.stream().map(classes::getPackage).toList();
      }
    };
  }

  private static ArchCondition<JavaPackage> haveANullMarkedPackageInfo() {
    return new ArchCondition<>("have a package-info annotated @" + NullMarked.class.getSimpleName()) {
      @Override
      public void check(JavaPackage javaPackage, ConditionEvents events) {
        String problem = javaPackage.tryGetPackageInfo().isEmpty()
            ? "has no package-info"
            : javaPackage.isAnnotatedWith(NullMarked.class) ? "" : "has a package-info without @NullMarked";
        events.add(new SimpleConditionEvent(javaPackage, problem.isEmpty(),
            "Package <" + javaPackage.getName() + "> " + (problem.isEmpty() ? "is @NullMarked" : problem)));
      }
    };
  }
}
