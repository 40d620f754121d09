package org.crmkernel.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.testkit.fixtures.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The access stores of the in-memory store: one share per record and grantee (on write and at
 * commit), shares found by record and grantee, access settings saved only on top of the version
 * read (on write and at commit), and rolled-back work that leaves no trace in any of them or in
 * the indexes behind restricted reads.
 */
class AccessStoresTest {

  private final InMemoryCrmStore store = InMemoryCrmStore.create();
  private final TenantId tenant = TestRecords.newTenant();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final Account account = TestRecords.account(tenant).build();
  private final UserId bob = new UserId(TestRecords.newUuid());

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void aSecondShareOfARecordWithTheSameGranteeIsADuplicate() {
    RecordShare first = share(account.ref(), Principal.user(bob), Privilege.READ);
    store.write(tx -> tx.recordShares().insert(first));

    assertThatThrownBy(() -> store.write(tx -> tx.recordShares().insert(share(account.ref(), Principal.user(bob),
        Privilege.WRITE))))
        .isInstanceOf(DuplicateRecordException.class);
    // Within one unit of work too, and a share moved onto a taken pair by an update.
    RecordShare other = share(account.ref(), Principal.user(new UserId(TestRecords.newUuid())), Privilege.READ);
    assertThatThrownBy(() -> store.write(tx -> {
      tx.recordShares().insert(other);
      return tx.recordShares().update(new RecordShare(other.id(), tenant, account.ref(), Principal.user(bob),
          Set.of(Privilege.READ), other.revision().next(TestRecords.DEFAULT_TIME)), other.version());
    })).isInstanceOf(DuplicateRecordException.class);
    List<RecordShare> stored = store.read(tx -> tx.recordShares().sharesOf(tenant, account.ref()));
    assertThat(stored).containsExactly(first);
  }

  @Test
  void theSamePairMayBeSharedAgainOnceTheShareIsGoneAndWithOtherGranteesOrRecords() {
    RecordShare first = share(account.ref(), Principal.user(bob), Privilege.READ);
    store.write(tx -> tx.recordShares().insert(first));
    RecordShare again = share(account.ref(), Principal.user(bob), Privilege.WRITE);
    RecordShare toTeam = share(account.ref(), Principal.team(new org.crmkernel.model.id.TeamId(bob.value())),
        Privilege.READ);
    RecordShare otherRecord = share(new RecordRef(org.crmkernel.model.id.RecordKind.CONTACT, account.id().value()),
        Principal.user(bob), Privilege.READ);
    store.write(tx -> {
      tx.recordShares().delete(tenant, first.id(), first.version());
      tx.recordShares().insert(again);
      tx.recordShares().insert(toTeam);
      return tx.recordShares().insert(otherRecord);
    });

    List<RecordShare> ofAccount = store.read(tx -> tx.recordShares().sharesOf(tenant, account.ref()));
    Optional<RecordShare> bobs = store.read(tx -> tx.recordShares().find(tenant, account.ref(), Principal.user(bob)));
    assertThat(ofAccount).containsExactlyInAnyOrder(again, toTeam);
    assertThat(ofAccount).isSortedAccordingTo((a, b) ->
        org.crmkernel.model.id.Uuid7.UNSIGNED_ORDER.compare(a.id().value(), b.id().value()));
    assertThat(bobs).contains(again);
  }

  @Test
  void ofTwoConcurrentSharesOfTheSamePairTheLaterCommitFails() throws Exception {
    CountDownLatch firstHasWritten = new CountDownLatch(1);
    CountDownLatch secondHasCommitted = new CountDownLatch(1);
    RecordShare firsts = share(account.ref(), Principal.user(bob), Privilege.READ);
    RecordShare seconds = share(account.ref(), Principal.user(bob), Privilege.WRITE);

    Future<?> first = threads.submit(() -> store.write(tx -> {
      tx.recordShares().insert(firsts);
      firstHasWritten.countDown();
      await(secondHasCommitted);
      return null;
    }));
    await(firstHasWritten);
    threads.submit(() -> store.write(tx -> tx.recordShares().insert(seconds))).get(10, TimeUnit.SECONDS);
    secondHasCommitted.countDown();

    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(DuplicateRecordException.class);
    List<RecordShare> stored = store.read(tx -> tx.recordShares().sharesOf(tenant, account.ref()));
    assertThat(stored).containsExactly(seconds);
  }

  @Test
  void settingsAreSavedOnlyOnTopOfTheStoredVersion() {
    Optional<AccessSettings> none = store.read(tx -> tx.accessSettings().find(tenant));
    assertThat(none).isEmpty();
    AccessSettings defaults = AccessSettings.defaults(tenant);

    assertThatThrownBy(() -> store.write(tx -> tx.accessSettings().save(defaults.bumped().bumped())))
        .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
          assertThat(stale.record()).isEqualTo(defaults.ref());
          assertThat(stale.expectedVersion()).isEqualTo(1);
          assertThat(stale.actualVersion()).isZero();
        });
    AccessSettings first = defaults.next(5, Set.of());
    store.write(tx -> tx.accessSettings().save(first));
    assertThatThrownBy(() -> store.write(tx -> tx.accessSettings().save(defaults.next(2, Set.of()))))
        .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
          assertThat(stale.expectedVersion()).isZero();
          assertThat(stale.actualVersion()).isEqualTo(1);
        });
    // Within one unit of work, each save builds on the one before.
    AccessSettings third = store.write(tx -> {
      tx.accessSettings().save(first.bumped());
      assertThat(tx.accessSettings().find(tenant)).contains(first.bumped());
      return tx.accessSettings().save(first.bumped().bumped());
    });
    Optional<AccessSettings> stored = store.read(tx -> tx.accessSettings().find(tenant));
    assertThat(stored).contains(third);
    assertThat(third.version()).isEqualTo(3);
    assertThat(third.hierarchyDepth()).isEqualTo(5);
  }

  @Test
  void ofTwoConcurrentSavesOfTheSameVersionTheLaterCommitFailsAndLeavesNoTrace() throws Exception {
    AccessSettings stored = AccessSettings.defaults(tenant).bumped();
    store.write(tx -> tx.accessSettings().save(stored));
    CountDownLatch firstHasWritten = new CountDownLatch(1);
    CountDownLatch secondHasCommitted = new CountDownLatch(1);
    SecurityRole role = role();

    Future<?> first = threads.submit(() -> store.write(tx -> {
      tx.accessSettings().save(stored.next(7, Set.of()));
      tx.securityRoles().insert(role);
      firstHasWritten.countDown();
      await(secondHasCommitted);
      return null;
    }));
    await(firstHasWritten);
    threads.submit(() -> store.write(tx -> tx.accessSettings().save(stored.next(9, Set.of()))))
        .get(10, TimeUnit.SECONDS);
    secondHasCommitted.countDown();

    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).cause()
        .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
          assertThat(stale.record()).isEqualTo(stored.ref());
          assertThat(stale.expectedVersion()).isEqualTo(1);
          assertThat(stale.actualVersion()).isEqualTo(2);
        });
    Optional<AccessSettings> now = store.read(tx -> tx.accessSettings().find(tenant));
    Optional<SecurityRole> roleStored = store.read(tx -> tx.securityRoles().find(tenant, role.id()));
    assertThat(now.map(AccessSettings::hierarchyDepth)).contains(9);
    assertThat(roleStored).isEmpty();
  }

  @Test
  void ofTwoConcurrentFirstSavesTheLaterCommitFails() throws Exception {
    CountDownLatch firstHasWritten = new CountDownLatch(1);
    CountDownLatch secondHasCommitted = new CountDownLatch(1);
    AccessSettings first = AccessSettings.defaults(tenant).bumped();

    Future<?> firstWork = threads.submit(() -> store.write(tx -> {
      tx.accessSettings().save(first);
      firstHasWritten.countDown();
      await(secondHasCommitted);
      return null;
    }));
    await(firstHasWritten);
    threads.submit(() -> store.write(tx -> tx.accessSettings().save(AccessSettings.defaults(tenant).next(1, Set.of()))))
        .get(10, TimeUnit.SECONDS);
    secondHasCommitted.countDown();

    assertThatThrownBy(() -> firstWork.get(10, TimeUnit.SECONDS)).cause()
        .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
          assertThat(stale.expectedVersion()).isZero();
          assertThat(stale.actualVersion()).isEqualTo(1);
        });
    Optional<AccessSettings> now = store.read(tx -> tx.accessSettings().find(tenant));
    assertThat(now.map(AccessSettings::hierarchyDepth)).contains(1);
  }

  @Test
  void rolledBackWorkLeavesNoTraceInTheAccessStoresOrTheirIndexes() {
    var unit = TestRecords.businessUnit(tenant).build();
    var user = TestRecords.user(tenant).id(bob).businessUnitId(unit.id()).build();
    store.write(tx -> {
      tx.businessUnits().insert(unit);
      tx.users().insert(user);
      return tx.accounts().insert(account);
    });
    RecordShare share = share(account.ref(), Principal.user(bob), Privilege.READ);
    var child = TestRecords.businessUnit(tenant).parentId(unit.id()).build();
    var report = TestRecords.user(tenant).businessUnitId(unit.id()).managerId(bob).build();
    Account reports = TestRecords.account(tenant).ownedBy(report.id(), child.id()).build();
    SecurityRole role = role();

    store.write(tx -> {
      tx.recordShares().insert(share);
      tx.businessUnits().insert(child);
      tx.users().insert(report);
      tx.accounts().insert(reports);
      tx.securityRoles().insert(role);
      tx.accessSettings().save(AccessSettings.defaults(tenant).bumped());
      tx.setRollbackOnly();
      return null;
    });

    org.crmkernel.spi.query.Visibility everythingBobCouldHaveSeen = new org.crmkernel.spi.query.Visibility(
        Privilege.READ, false, Set.of(), Set.of(), Set.of(unit.id()), Set.of(bob.value()),
        Optional.of(new org.crmkernel.spi.query.Visibility.Reports(bob, 3)));
    for (InMemoryCrmStore.Planning planning : InMemoryCrmStore.Planning.values()) {
      store.planning = planning;
      long visible = store.read(tx -> tx.accounts().count(tenant, Filter.all(), everythingBobCouldHaveSeen));
      assertThat(visible).as("under %s", planning).isEqualTo(0);
    }
    store.planning = InMemoryCrmStore.Planning.COST;
    boolean childInTree = store.read(tx -> tx.accessGraph().isInUnitTree(tenant, child.id(), unit.id()));
    int distance = store.read(tx -> tx.accessGraph().managerDistance(tenant, bob, report.id(), 3));
    List<RecordShare> shares = store.read(tx -> tx.recordShares().sharesOf(tenant, account.ref()));
    Optional<SecurityRole> roleStored = store.read(tx -> tx.securityRoles().find(tenant, role.id()));
    Optional<AccessSettings> settings = store.read(tx -> tx.accessSettings().find(tenant));
    assertThat(childInTree).isFalse();
    assertThat(distance).isZero();
    assertThat(shares).isEmpty();
    assertThat(roleStored).isEmpty();
    assertThat(settings).isEmpty();
  }

  private RecordShare share(RecordRef record, Principal grantee, Privilege right) {
    return new RecordShare(new ShareId(TestRecords.newUuid()), tenant, record, grantee, Set.of(right),
        Revision.first(TestRecords.DEFAULT_TIME));
  }

  private SecurityRole role() {
    return new SecurityRole(new RoleId(TestRecords.newUuid()), tenant, "Salesperson", RoleGrants.none(),
        Revision.first(TestRecords.DEFAULT_TIME));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out waiting for the other unit of work");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
