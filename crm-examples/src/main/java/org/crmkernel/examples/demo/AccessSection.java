package org.crmkernel.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.CrmSession;
import org.crmkernel.access.OffboardingReport;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.access.AccessDecision;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/**
 * Access scopes: roles with depths, user sessions that see only what their roles, teams, shares
 * and reporting lines allow, a denial, the reasons behind a decision, field security and an
 * offboarding.
 */
final class AccessSection {

  private static final List<RecordKind> CUSTOMERS = List.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD);

  private AccessSection() {}

  static void run(Stage stage, DemoOrganisation organisation, Customers customers) {
    Report report = stage.report();
    Labels labels = stage.labels();
    CrmSession admin = stage.session();
    report.section("Access scopes: roles, user sessions, shares, field security, offboarding");

    SecurityRole administrator = admin.roles().create("Administrator", everything());
    SecurityRole manager = admin.roles().create("Sales Manager", onCustomers(AccessDepth.PARENT_CHILD_UNITS));
    SecurityRole salesperson = admin.roles().create("Salesperson", onCustomers(AccessDepth.USER)
        .with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.BUSINESS_UNIT));
    SecurityRole support = admin.roles().create("Support (read only)", RoleGrants.none()
        .with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.ORGANIZATION)
        .with(RecordKind.CONTACT, Privilege.READ, AccessDepth.ORGANIZATION));
    Map<String, SecurityRole> assignments = new java.util.LinkedHashMap<>();
    assignments.put("Katharina Vogel", administrator);
    assignments.put("Jonas Becker", manager);
    assignments.put("Daniel Price", manager);
    for (String rep : List.of("Lea Hoffmann", "Amélie Laurent", "Maria Gonzalez", "Ryan Cooper")) {
      assignments.put(rep, salesperson);
    }
    assignments.put("Sofia Marino", support);
    assignments.forEach((name, role) -> {
      User user = admin.directory().findUser(organisation.user(name).id()).orElseThrow();
      admin.directory().assignRole(user.id(), user.version(), role.id());
    });
    report.line("Roles (every privilege on accounts, contacts and leads unless said otherwise):");
    report.line("  Administrator: organisation depth on every kind, directory and roles included");
    report.line("  Sales Manager: parent-child units depth;  Salesperson: user depth, accounts readable in the unit");
    report.line("  Support (read only): reads accounts and contacts across the organisation, nothing else");
    report.blank();

    Table seen = report.table("User (session)", "Business unit", "Role", "Accounts", "Contacts", "Leads");
    for (User user : organisation.users()) {
      CrmSession session = stage.crm().tenant(admin.tenantId()).as(user.id());
      seen.row(user.fullName(), labels.of(user.businessUnitId().ref()),
          Optional.ofNullable(assignments.get(user.fullName())).map(SecurityRole::name).orElse("-"),
          String.valueOf(session.accounts().count(Filter.all())), String.valueOf(session.contacts().count(Filter.all())),
          String.valueOf(session.leads().count(Filter.all())));
    }
    report.print(seen);
    report.line("Each count is the user session's own count: the store applies the visibility predicate inside");
    report.line("the query, so a page never costs in proportion to the records a user cannot see.");
    report.blank();

    User hoffmann = organisation.user("Lea Hoffmann");
    User gonzalez = organisation.user("Maria Gonzalez");
    User becker = organisation.user("Jonas Becker");
    CrmSession lea = stage.crm().tenant(admin.tenantId()).as(hoffmann.id());
    Optional<Account> americas = firstOwnedBy(admin, organisation, "Maria Gonzalez", "Ryan Cooper", "Daniel Price");
    if (americas.isPresent()) {
      Account account = americas.get();
      String owner = labels.of(account.ownership().owner());
      try {
        lea.accounts().update(account.id(), account.version(), b -> b.industry("Logistics"));
        throw new IllegalStateException("Lea Hoffmann could change an account of the Americas");
      } catch (AccessDeniedException e) {
        report.line("Lea Hoffmann edits %s (owned by %s, Sales Americas):", account.name(), owner);
        report.line("  AccessDeniedException: %s", labels.humanize(e.getMessage()));
      }
      var share = admin.sharing().shareWith(account.ref(), Principal.user(hoffmann.id()),
          Set.of(Privilege.READ, Privilege.WRITE));
      // Ids depend on the process (time-ordered ids never go back), so the report names the share.
      labels.name(share.ref(), "of read, write");
      Account shared = lea.accounts().update(account.id(), account.version(), b -> b.industry("Logistics"));
      report.line("Shared with Lea Hoffmann (read, write): she changes its industry to %s (version %d).",
          shared.industry().orElse("-"), shared.version());
      report.line("  %s", labels.humanize(admin.access().check(hoffmann.id(), Privilege.WRITE, account.ref()).describe()));
    }
    Optional<Account> emea = firstOwnedBy(admin, organisation, "Lea Hoffmann", "Amélie Laurent");
    if (emea.isPresent()) {
      AccessDecision why = admin.access().check(becker.id(), Privilege.WRITE, emea.get().ref());
      report.line("Why may Jonas Becker change %s (owned by %s)?", emea.get().name(),
          labels.of(emea.get().ownership().owner()));
      report.line("  %s", labels.humanize(why.describe()));
    }
    report.blank();

    FieldKey revenue = new FieldKey(RecordKind.ACCOUNT, "annualRevenue");
    admin.fieldSecurity().secureField(revenue);
    FieldSecurityProfile finance = admin.fieldSecurity().createProfile("Finance");
    finance = admin.fieldSecurity().grant(finance.id(), finance.version(), revenue, FieldPermission.READ_UPDATE);
    admin.fieldSecurity().addMembers(finance.id(), finance.version(), List.of(organisation.user("Katharina Vogel").id()),
        List.of());
    CrmSession katharina = stage.crm().tenant(admin.tenantId()).as(organisation.user("Katharina Vogel").id());
    CrmSession sofia = stage.crm().tenant(admin.tenantId()).as(organisation.user("Sofia Marino").id());
    customers.accounts().stream().filter(a -> a.annualRevenue().isPresent()).findFirst().ifPresent(withRevenue -> {
      report.line("Field security on annual revenue (profile Finance: Katharina Vogel), account %s:", withRevenue.name());
      report.line("  Katharina Vogel sees %s; Sofia Marino sees %s (masked: secured and not in her profiles)",
          katharina.accounts().get(withRevenue.id()).annualRevenue().map(Object::toString).orElse("nothing"),
          sofia.accounts().get(withRevenue.id()).annualRevenue().map(Object::toString).orElse("nothing"));
      report.blank();
    });

    User cooper = organisation.user("Ryan Cooper");
    List<String> progress = new ArrayList<>();
    OffboardingReport offboarded = admin.offboarding().offboard(cooper.id(), Owner.user(gonzalez.id()), 25,
        step -> progress.add(step.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + step.reassigned() + "/"
            + step.total()));
    report.line("Offboarding Ryan Cooper to Maria Gonzalez in batches of 25: deactivated, then %s",
        String.join(", ", progress));
    long entries = admin.audit().count(Filter.eq(org.crmkernel.model.audit.AuditFields.CORRELATION_ID,
        offboarded.correlationId().value()));
    report.line("  reassigned %s in %d transactions; %d audit entries share one correlation id",
        offboarded.reassigned(), offboarded.batches(), entries);
    report.line("  Ryan Cooper's own session now: %s", denial(stage, cooper));
  }

  private static String denial(Stage stage, User user) {
    try {
      stage.crm().tenant(stage.session().tenantId()).as(user.id()).accounts().count(Filter.all());
      return "still acts (unexpected)";
    } catch (AccessDeniedException e) {
      return "denied, " + e.reason();
    }
  }

  /** The first account by name owned by one of {@code owners}; small demos may have none. */
  private static Optional<Account> firstOwnedBy(CrmSession session, DemoOrganisation organisation, String... owners) {
    List<java.util.UUID> ids = java.util.Arrays.stream(owners).map(name -> organisation.user(name).id().value()).toList();
    return session.accounts().list(new Query<>(Filter.in(AccountFields.OWNER_ID, ids), Sort.by(AccountFields.NAME), 1,
        Optional.empty())).items().stream().findFirst();
  }

  private static RoleGrants onCustomers(AccessDepth depth) {
    RoleGrants grants = RoleGrants.none();
    for (RecordKind kind : CUSTOMERS) {
      grants = grants.withAll(kind, depth);
    }
    return grants;
  }

  private static RoleGrants everything() {
    RoleGrants grants = RoleGrants.none();
    for (RecordKind kind : RecordKind.values()) {
      if (kind.isSecurable()) {
        grants = grants.withAll(kind, AccessDepth.ORGANIZATION);
      }
    }
    return grants;
  }
}
