package org.crmkernel;

import org.crmkernel.spi.CrmStore;
import java.time.Instant;
import java.util.Optional;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.tenant.TenantProfile;
import org.crmkernel.spi.TenantProfiles;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.testkit.fixtures.MutableClock;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;
import org.junit.jupiter.api.BeforeEach;

/** A kernel on the in-memory store with a settable clock, a recording sink and a small directory. */
abstract class KernelTestSupport {

  final MutableClock clock = MutableClock.at(Instant.parse("2026-01-05T10:00:00Z"));
  final CrmStore store = TestStores.create();
  final RecordingNotificationSink sink = new RecordingNotificationSink();
  final Crm crm = Crm.builder().store(store).clock(clock).notifications(sink)
      .tenantProfiles(TenantProfiles.fixed(TenantProfile.of("DE", "EUR"))).build();
  final TenantId tenant = TenantId.generate(clock);
  final CrmSession session = crm.tenant(tenant).system();
  BusinessUnit root;
  User owner;

  @BeforeEach
  void createDirectory() {
    root = session.directory().createRootUnit("Acme GmbH");
    owner = session.directory().createUser("Ada Lovelace", "ada@acme.example", root.id(), Optional.empty());
    sink.clear();
  }

  /** A valid account draft owned by the test user. */
  AccountDraft.Builder account(String name) {
    return AccountDraft.builder(name).owner(Owner.user(owner.id()));
  }

  Account createAccount(String name) {
    return session.accounts().create(account(name).build());
  }

  /** What a write leaves behind, to check that a failed call wrote nothing. */
  record Footprint(long accounts, long contacts, long leads, long audit, long pendingEvents, int delivered) {}

  Footprint footprint() {
    return new Footprint(
        store.read(tx -> tx.accounts().count(tenant, Filter.all())),
        store.read(tx -> tx.contacts().count(tenant, Filter.all())),
        store.read(tx -> tx.leads().count(tenant, Filter.all())),
        session.audit().count(Filter.all()),
        crm.relay().pending(),
        sink.events().size());
  }
}
