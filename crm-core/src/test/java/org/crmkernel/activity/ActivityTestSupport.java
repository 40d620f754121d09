package org.crmkernel.activity;

import org.crmkernel.TestStores;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.StoredRoles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityType;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.tenant.TenantProfile;
import org.crmkernel.spi.TenantProfiles;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.testkit.fixtures.MutableClock;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;
import org.junit.jupiter.api.BeforeEach;

/**
 * A kernel on the in-memory store with a settable clock, a recording sink, a small directory and
 * an account to attach activities to; roles are written straight to the store, as a host's
 * migration would, with the access settings version bumped.
 */
abstract class ActivityTestSupport {

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  final MutableClock clock = MutableClock.at(START);
  final CrmStore store = TestStores.create();
  final RecordingNotificationSink sink = new RecordingNotificationSink();
  /** The store the kernel uses: {@link #store}, with a concurrent writer tests may arm. */
  final InterferingStore interfering = new InterferingStore(store);
  final Crm crm = Crm.builder().store(interfering).clock(clock).notifications(sink)
      .tenantProfiles(TenantProfiles.fixed(TenantProfile.of("DE", "EUR"))).build();
  final TenantId tenant = TenantId.generate(clock);
  final CrmSession session = crm.tenant(tenant).system();
  BusinessUnit root;
  User owner;
  Account acme;

  @BeforeEach
  void createDirectoryAndAccount() {
    root = session.directory().createRootUnit("Acme GmbH");
    owner = session.directory().createUser("Ada Lovelace", "ada@acme.example", root.id(), Optional.empty());
    acme = session.accounts().create(AccountDraft.builder("Acme").owner(Owner.user(owner.id())).build());
    sink.clear();
  }

  /** A draft of a task regarding {@code regarding}, owned by the test user. */
  ActivityDraft.Builder task(String subject, RecordRef regarding) {
    return ActivityDraft.builder(ActivityType.TASK, subject, regarding).owner(Owner.user(owner.id()));
  }

  /** Creates a task regarding Acme, due {@code dueAt}. */
  Activity createTask(String subject, Instant dueAt) {
    return session.activities().create(task(subject, acme.ref()).dueAt(dueAt).build());
  }

  /** The activity as stored. */
  Activity stored(Activity activity) {
    return store.read(tx -> tx.activities().get(tenant, activity.id()));
  }

  long storedActivities() {
    return store.read(tx -> tx.activities().count(tenant, Filter.all()));
  }

  long auditEntries() {
    return session.audit().count(Filter.all());
  }

  List<AuditEntry> historyOf(RecordRef record) {
    return session.audit().historyOf(record, 100, Optional.empty()).items();
  }

  RoleId role(String name, RoleGrants grants) {
    return new StoredRoles(store, tenant, clock).role(name, grants);
  }

  /** Gives {@code user} the roles (replacing theirs) and bumps the access version. */
  void giveRoles(User user, RoleId... roles) {
    new StoredRoles(store, tenant, clock).giveRoles(user, roles);
  }

  User user(String name) {
    return session.directory().createUser(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@acme.example",
        root.id(), Optional.empty());
  }

  CrmSession as(User user) {
    return crm.tenant(tenant).as(user.id());
  }
}
