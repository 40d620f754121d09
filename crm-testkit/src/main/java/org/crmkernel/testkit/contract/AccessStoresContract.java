package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.AccessGraph;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The stores behind access decisions: shares are unique per record and grantee, listed per
 * record in id order and found by record and grantee, and admit, in every owned kind's restricted
 * reads, the record of their own kind only; each tenant's access settings advance one
 * version at a time; the access graph answers unit trees and manager distances, over the data
 * of the unit of work it belongs to, its own pending writes included; everything per tenant.
 * Roles, shares and profiles also follow the reference query semantics on their id.
 */
public abstract class AccessStoresContract extends StoreContractSupport {

  private static final Revision FIRST = Revision.first(T0);
  private static final TenantId PLACEHOLDER = TenantId.of(new UUID(0, 0));

  private final Random random = new Random();

  /** For subclasses. */
  protected AccessStoresContract() {}

  // ---------------------------------------------------------------- shares

  /** A second share of one record with one grantee is refused and leaves the first as it was. */
  @Test
  public void shareIsUniquePerRecordAndGrantee() {
    TenantId tenant = newTenant();
    RecordRef record = account();
    UserId user = UserId.of(UUID.randomUUID());
    RecordShare first = share(tenant, record, Principal.user(user), Privilege.READ);
    insertAll(StoredKinds.RECORD_SHARES, List.of(first));

    RecordShare again = share(tenant, record, Principal.user(user), Privilege.WRITE, Privilege.DELETE);
    assertThatThrownBy(() -> insert(StoredKinds.RECORD_SHARES, again)).isInstanceOf(DuplicateRecordException.class);
    assertThat(contents(StoredKinds.RECORD_SHARES, tenant)).containsExactly(first);

    RecordShare withTeam = share(tenant, record, Principal.team(TeamId.of(UUID.randomUUID())), Privilege.READ);
    RecordShare otherRecord = share(tenant, account(), Principal.user(user), Privilege.READ);
    RecordShare sameIdOtherKind = share(tenant, new RecordRef(RecordKind.CONTACT, record.id()), Principal.user(user),
        Privilege.READ);
    insertAll(StoredKinds.RECORD_SHARES, List.of(withTeam, otherRecord, sameIdOtherKind));
    TenantId other = newTenant();
    RecordShare otherTenant = share(other, record, Principal.user(user), Privilege.READ);
    insertAll(StoredKinds.RECORD_SHARES, List.of(otherTenant));
    assertThat(contents(StoredKinds.RECORD_SHARES, other)).containsExactly(otherTenant);

    delete(StoredKinds.RECORD_SHARES, tenant, first.id(), 1);
    insert(StoredKinds.RECORD_SHARES, again);
    Optional<RecordShare> found = store().read(tx -> tx.recordShares().find(tenant, record, Principal.user(user)));
    assertThat(found).contains(again);
  }

  /** Two shares of one record with one grantee in one unit of work fail it whole. */
  @Test
  public void shareKeyClashInOneUnitOfWorkFailsItWhole() {
    TenantId tenant = newTenant();
    RecordRef record = account();
    Principal grantee = Principal.team(TeamId.of(UUID.randomUUID()));
    RecordShare unrelated = share(tenant, account(), grantee, Privilege.READ);
    List<RecordShare> clash = List.of(unrelated, share(tenant, record, grantee, Privilege.READ),
        share(tenant, record, grantee, Privilege.SHARE));
    assertThatThrownBy(() -> insertAll(StoredKinds.RECORD_SHARES, clash)).isInstanceOf(DuplicateRecordException.class);
    assertThat(contents(StoredKinds.RECORD_SHARES, tenant)).isEmpty();
    List<RecordShare> shares = store().read(tx -> tx.recordShares().sharesOf(tenant, record));
    assertThat(shares).isEmpty();
  }

  /**
   * A record's shares come in share id order (unsigned), only that record's (a record of another
   * kind with the same id has its own), only the tenant's; the access graph lists the same.
   */
  @Test
  public void sharesOfListsOneRecordsSharesInIdOrder() {
    TenantId tenant = newTenant();
    TenantId other = newTenant();
    RecordRef record = account();
    RecordRef sameIdContact = new RecordRef(RecordKind.CONTACT, record.id());
    List<RecordShare> expected = new ArrayList<>();
    List<RecordShare> all = new ArrayList<>();
    for (UUID id : List.of(new UUID(-1L, 7), new UUID(0x7FFF_FFFF_FFFF_FFFFL, 1), new UUID(1, 1),
        new UUID(0x8000_0000_0000_0000L, 0))) {
      RecordShare share = new RecordShare(ShareId.of(id), tenant, record, Principal.user(UserId.of(UUID.randomUUID())),
          Set.of(Privilege.READ), FIRST);
      expected.add(share);
      all.add(share);
    }
    all.add(share(tenant, sameIdContact, Principal.user(UserId.of(UUID.randomUUID())), Privilege.WRITE));
    all.add(share(tenant, account(), Principal.user(UserId.of(UUID.randomUUID())), Privilege.WRITE));
    insertAll(StoredKinds.RECORD_SHARES, all);
    RecordShare foreign = share(other, record, Principal.user(UserId.of(UUID.randomUUID())), Privilege.READ);
    insertAll(StoredKinds.RECORD_SHARES, List.of(foreign));
    List<RecordShare> inIdOrder = expected.stream().sorted(StoredKinds.RECORD_SHARES.idOrder()).toList();

    store().read(tx -> {
      assertThat(tx.recordShares().sharesOf(tenant, record)).containsExactlyElementsOf(inIdOrder);
      assertThat(tx.accessGraph().sharesOf(tenant, record)).containsExactlyElementsOf(inIdOrder);
      assertThat(tx.recordShares().sharesOf(tenant, sameIdContact)).containsExactly(all.get(4));
      assertThat(tx.recordShares().sharesOf(other, record)).containsExactly(foreign);
      assertThat(tx.accessGraph().sharesOf(other, record)).containsExactly(foreign);
      assertThat(tx.recordShares().sharesOf(tenant, account())).isEmpty();
      return null;
    });
  }

  /** {@code find} names the share of one record with one grantee, and nothing else. */
  @Test
  public void findNamesTheShareOfARecordWithAGrantee() {
    TenantId tenant = newTenant();
    RecordRef record = account();
    UserId user = UserId.of(UUID.randomUUID());
    TeamId team = TeamId.of(UUID.randomUUID());
    RecordShare withUser = share(tenant, record, Principal.user(user), Privilege.READ);
    RecordShare withTeam = share(tenant, record, Principal.team(team), Privilege.WRITE);
    insertAll(StoredKinds.RECORD_SHARES, List.of(withUser, withTeam));
    RecordShare updated = new RecordShare(withUser.id(), tenant, record, withUser.grantee(),
        EnumSet.of(Privilege.READ, Privilege.APPEND), FIRST.next(T0.plusSeconds(1)));
    update(StoredKinds.RECORD_SHARES, updated, 1);

    store().read(tx -> {
      assertThat(tx.recordShares().find(tenant, record, Principal.user(user))).contains(updated);
      assertThat(tx.recordShares().find(tenant, record, Principal.team(team))).contains(withTeam);
      assertThat(tx.recordShares().find(tenant, record, Principal.user(UserId.of(UUID.randomUUID())))).isEmpty();
      assertThat(tx.recordShares().find(tenant, account(), Principal.user(user))).isEmpty();
      assertThat(tx.recordShares().find(tenant, new RecordRef(RecordKind.LEAD, record.id()), Principal.user(user)))
          .isEmpty();
      assertThat(tx.recordShares().find(newTenant(), record, Principal.user(user))).isEmpty();
      return null;
    });
  }

  /** Inside a unit of work, sharesOf and find see its own inserts and deletes; a rollback leaves no trace. */
  @Test
  public void sharesSeeTheUnitOfWorksOwnWrites() {
    TenantId tenant = newTenant();
    RecordRef record = account();
    Principal grantee = Principal.user(UserId.of(UUID.randomUUID()));
    RecordShare kept = share(tenant, record, Principal.team(TeamId.of(UUID.randomUUID())), Privilege.READ);
    insertAll(StoredKinds.RECORD_SHARES, List.of(kept));
    RecordShare pending = share(tenant, record, grantee, Privilege.WRITE);
    store().write(tx -> {
      tx.recordShares().insert(pending);
      assertThat(tx.accessGraph().sharesOf(tenant, record)).containsExactlyInAnyOrder(kept, pending);
      assertThat(tx.recordShares().find(tenant, record, grantee)).contains(pending);
      tx.recordShares().delete(tenant, kept.id(), 1);
      assertThat(tx.accessGraph().sharesOf(tenant, record)).containsExactly(pending);
      assertThat(tx.recordShares().sharesOf(tenant, record)).containsExactly(pending);
      tx.setRollbackOnly();
      return null;
    });
    store().read(tx -> {
      assertThat(tx.accessGraph().sharesOf(tenant, record)).containsExactly(kept);
      assertThat(tx.recordShares().find(tenant, record, grantee)).isEmpty();
      return null;
    });
  }

  /**
   * Shares and restricted reads keep the owned kinds apart: with a record of every owned kind
   * under one id, a share of one of them admits that record alone, for the privilege it carries
   * only; a visibility of everything admits each kind's record.
   */
  @Test
  public void sharesAdmitRecordsOfTheirOwnKindOnly() {
    UUID id = UUID.randomUUID();
    UserId grantee = UserId.of(UUID.randomUUID());
    Ownership ownership = new Ownership(Owner.user(UserId.of(UUID.randomUUID())), BusinessUnitId.of(UUID.randomUUID()));
    for (OwnedKind<?, ?> shared : OwnedKind.ALL) {
      TenantId tenant = newTenant();
      store().write(tx -> {
        OwnedKind.ALL.forEach(kind -> insertOwned(tx, kind, tenant, id, ownership));
        tx.recordShares().insert(share(tenant, new RecordRef(shared.kind(), id), Principal.user(grantee), Privilege.READ));
        return null;
      });
      Visibility reading = new Visibility(Privilege.READ, false, Set.of(), Set.of(), Set.of(), Set.of(grantee.value()),
          Optional.empty());
      Visibility writing = new Visibility(Privilege.WRITE, false, Set.of(), Set.of(), Set.of(), Set.of(grantee.value()),
          Optional.empty());
      store().read(tx -> {
        for (OwnedKind<?, ?> kind : OwnedKind.ALL) {
          assertVisibleIds(tx, kind, tenant, reading, kind == shared ? List.of(id) : List.of(),
              "share of " + shared + ", reading " + kind);
          assertVisibleIds(tx, kind, tenant, writing, List.of(), "share of " + shared + " for reading, writing " + kind);
          assertVisibleIds(tx, kind, tenant, Visibility.everything(Privilege.READ), List.of(id), "everything of " + kind);
        }
        return null;
      });
    }
  }

  // ---------------------------------------------------------------- access settings

  /** A tenant without settings finds none; the first save is version 1 and is found as saved. */
  @Test
  public void firstSettingsSaveIsVersionOne() {
    TenantId tenant = newTenant();
    assertThat(settings(tenant)).isEmpty();
    AccessSettings first = new AccessSettings(tenant, 2, Set.of(new FieldKey(RecordKind.ACCOUNT, "annualRevenue")), 1);
    AccessSettings saved = store().write(tx -> tx.accessSettings().save(first));
    assertThat(saved).isEqualTo(first);
    assertThat(settings(tenant)).contains(first);
    AccessSettings second = first.next(0, Set.of());
    store().write(tx -> tx.accessSettings().save(second));
    assertThat(settings(tenant)).contains(second);
  }

  /** A save whose version is not the stored one plus one is refused and writes nothing. */
  @Test
  public void staleSettingsSaveIsRefused() {
    TenantId tenant = newTenant();
    for (long version : List.of(0L, 2L)) {
      StaleVersionException failure = catchThrowableOfType(StaleVersionException.class,
          () -> save(new AccessSettings(tenant, 1, Set.of(), version)));
      assertThat(failure).as("first save at version %s", version).isNotNull();
      assertThat(failure.record()).isEqualTo(AccessSettings.defaults(tenant).ref());
    }
    assertThat(settings(tenant)).isEmpty();
    AccessSettings first = new AccessSettings(tenant, 1, Set.of(), 1);
    save(first);
    for (long version : List.of(1L, 3L)) {
      assertThatThrownBy(() -> save(new AccessSettings(tenant, 4, Set.of(), version)))
          .as("save at version %s over version 1", version).isInstanceOf(StaleVersionException.class);
    }
    assertThat(settings(tenant)).contains(first);
    AccessSettings second = first.bumped();
    save(second);
    assertThat(settings(tenant)).contains(second);
  }

  /** Each tenant's settings have versions of their own. */
  @Test
  public void settingsAreIsolatedByTenant() {
    TenantId mine = newTenant();
    TenantId theirs = newTenant();
    AccessSettings first = AccessSettings.defaults(mine).bumped();
    save(first);
    save(first.bumped());
    assertThat(settings(theirs)).isEmpty();
    assertThatThrownBy(() -> save(new AccessSettings(theirs, 1, Set.of(), 3))).isInstanceOf(StaleVersionException.class);
    AccessSettings theirFirst = new AccessSettings(theirs, 0, Set.of(), 1);
    save(theirFirst);
    assertThat(settings(theirs)).contains(theirFirst);
    assertThat(settings(mine)).contains(first.bumped());
  }

  /** A save in a unit of work that fails or is marked rollback-only leaves no trace. */
  @Test
  public void settingsRollbackLeavesNoTrace() {
    TenantId tenant = newTenant();
    AccessSettings first = AccessSettings.defaults(tenant).bumped();
    assertThatThrownBy(() -> store().write(tx -> {
      tx.accessSettings().save(first);
      throw new IllegalStateException("the work fails on purpose");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(settings(tenant)).isEmpty();
    store().write(tx -> {
      tx.accessSettings().save(first);
      tx.setRollbackOnly();
      return null;
    });
    assertThat(settings(tenant)).isEmpty();
    save(first);
    store().write(tx -> {
      tx.accessSettings().save(first.bumped());
      tx.setRollbackOnly();
      return null;
    });
    assertThat(settings(tenant)).contains(first);
    save(first.bumped());
    assertThat(settings(tenant)).contains(first.bumped());
  }

  /** Inside a unit of work its own save is found, and the next save counts from it. */
  @Test
  public void settingsSeeTheUnitOfWorksOwnSave() {
    TenantId tenant = newTenant();
    AccessSettings first = AccessSettings.defaults(tenant).bumped();
    AccessSettings second = first.next(4, Set.of());
    store().write(tx -> {
      tx.accessSettings().save(first);
      assertThat(tx.accessSettings().find(tenant)).contains(first);
      tx.accessSettings().save(second);
      assertThat(tx.accessSettings().find(tenant)).contains(second);
      return null;
    });
    assertThat(settings(tenant)).contains(second);
  }

  // ---------------------------------------------------------------- the access graph

  /**
   * A unit is in its own tree and in every ancestor's, never in a sibling's or a descendant's or
   * another root's; inactive units do not cut the tree; answers are per tenant.
   */
  @Test
  public void unitTreesFollowParents() {
    TenantId tenant = newTenant();
    BusinessUnit root = unit(tenant, Optional.empty(), true);
    BusinessUnit a = unit(tenant, Optional.of(root.id()), true);
    BusinessUnit b = unit(tenant, Optional.of(root.id()), true);
    BusinessUnit a1 = unit(tenant, Optional.of(a.id()), false);
    BusinessUnit a2 = unit(tenant, Optional.of(a1.id()), true);
    BusinessUnit otherRoot = unit(tenant, Optional.empty(), true);
    insertAll(StoredKinds.BUSINESS_UNITS, List.of(a2, a1, b, a, root, otherRoot));
    // The same ids in another tenant, arranged otherwise: a hangs under the other root there.
    TenantId other = newTenant();
    insertAll(StoredKinds.BUSINESS_UNITS, List.of(
        StoredKinds.BUSINESS_UNITS.withTenant(root, other), StoredKinds.BUSINESS_UNITS.withTenant(otherRoot, other),
        new BusinessUnit(a.id(), other, a.name(), Optional.of(otherRoot.id()), true, FIRST)));
    store().read(tx -> {
      AccessGraph graph = tx.accessGraph();
      assertThat(graph.isInUnitTree(tenant, root.id(), root.id())).as("a unit is in its own tree").isTrue();
      assertThat(graph.isInUnitTree(tenant, a2.id(), root.id())).as("a great-grandchild").isTrue();
      assertThat(graph.isInUnitTree(tenant, a2.id(), a.id())).as("below an inactive unit").isTrue();
      assertThat(graph.isInUnitTree(tenant, a1.id(), a.id())).isTrue();
      assertThat(graph.isInUnitTree(tenant, a.id(), a2.id())).as("an ancestor is not below").isFalse();
      assertThat(graph.isInUnitTree(tenant, b.id(), a.id())).as("a sibling").isFalse();
      assertThat(graph.isInUnitTree(tenant, otherRoot.id(), root.id())).as("another root").isFalse();
      assertThat(graph.isInUnitTree(tenant, root.id(), otherRoot.id())).isFalse();
      assertThat(graph.isInUnitTree(tenant, BusinessUnitId.of(UUID.randomUUID()), root.id())).as("unknown").isFalse();
      assertThat(graph.isInUnitTree(other, a.id(), otherRoot.id())).as("the other tenant's tree").isTrue();
      assertThat(graph.isInUnitTree(other, a.id(), root.id())).isFalse();
      assertThat(graph.isInUnitTree(tenant, a.id(), otherRoot.id())).isFalse();
      assertThat(graph.isInUnitTree(other, a2.id(), root.id())).as("a unit the other tenant lacks").isFalse();
      return null;
    });
  }

  /**
   * The manager distance counts steps up the chain within the depth given, and is 0 beyond it,
   * downwards, sideways, for oneself, and across tenants; inactive managers do not cut the chain.
   */
  @Test
  public void managerDistanceCountsStepsWithinTheDepth() {
    TenantId tenant = newTenant();
    BusinessUnitId unit = BusinessUnitId.of(UUID.randomUUID());
    User top = user(tenant, unit, Optional.empty(), true);
    User middle = user(tenant, unit, Optional.of(top.id()), false);
    User lower = user(tenant, unit, Optional.of(middle.id()), true);
    User bottom = user(tenant, unit, Optional.of(lower.id()), true);
    User sibling = user(tenant, unit, Optional.of(middle.id()), true);
    insertAll(StoredKinds.USERS, List.of(bottom, top, sibling, lower, middle));
    TenantId other = newTenant();
    insertAll(StoredKinds.USERS, List.of(StoredKinds.USERS.withTenant(top, other),
        new User(bottom.id(), other, "Bottom", bottom.email(), unit, Optional.of(top.id()), true, FIRST)));
    store().read(tx -> {
      AccessGraph graph = tx.accessGraph();
      assertThat(graph.managerDistance(tenant, lower.id(), bottom.id(), 1)).as("a direct report").isEqualTo(1);
      assertThat(graph.managerDistance(tenant, middle.id(), bottom.id(), 2)).isEqualTo(2);
      assertThat(graph.managerDistance(tenant, top.id(), bottom.id(), 3)).as("through an inactive manager").isEqualTo(3);
      assertThat(graph.managerDistance(tenant, top.id(), bottom.id(), 100)).isEqualTo(3);
      assertThat(graph.managerDistance(tenant, top.id(), bottom.id(), 2)).as("beyond the depth").isZero();
      assertThat(graph.managerDistance(tenant, middle.id(), bottom.id(), 1)).isZero();
      assertThat(graph.managerDistance(tenant, bottom.id(), top.id(), 5)).as("upwards").isZero();
      assertThat(graph.managerDistance(tenant, sibling.id(), bottom.id(), 5)).as("sideways").isZero();
      assertThat(graph.managerDistance(tenant, bottom.id(), bottom.id(), 5)).as("oneself").isZero();
      assertThat(graph.managerDistance(tenant, top.id(), UserId.of(UUID.randomUUID()), 5)).as("unknown").isZero();
      assertThat(graph.managerDistance(other, top.id(), bottom.id(), 1)).as("the other tenant's chain").isEqualTo(1);
      assertThat(graph.managerDistance(other, lower.id(), bottom.id(), 5)).isZero();
      return null;
    });
  }

  /**
   * Inside a unit of work the access graph answers over its own pending inserts and updates
   * (a moved subtree, a new manager); after a rollback, over what was committed.
   */
  @Test
  public void accessGraphSeesTheUnitOfWorksOwnWrites() {
    TenantId tenant = newTenant();
    BusinessUnit root = unit(tenant, Optional.empty(), true);
    BusinessUnit a = unit(tenant, Optional.of(root.id()), true);
    BusinessUnit b = unit(tenant, Optional.of(root.id()), true);
    BusinessUnit a1 = unit(tenant, Optional.of(a.id()), true);
    insertAll(StoredKinds.BUSINESS_UNITS, List.of(root, a, b, a1));
    User boss = user(tenant, root.id(), Optional.empty(), true);
    User report = user(tenant, root.id(), Optional.empty(), true);
    insertAll(StoredKinds.USERS, List.of(boss, report));
    store().write(tx -> {
      AccessGraph graph = tx.accessGraph();
      assertThat(graph.isInUnitTree(tenant, a1.id(), b.id())).isFalse();
      tx.businessUnits().update(new BusinessUnit(a.id(), tenant, a.name(), Optional.of(b.id()), true,
          FIRST.next(T0.plusSeconds(1))), 1);
      assertThat(graph.isInUnitTree(tenant, a1.id(), b.id())).as("a subtree moved in this unit of work").isTrue();
      assertThat(tx.accessGraph().isInUnitTree(tenant, a.id(), b.id())).isTrue();
      BusinessUnit fresh = unit(tenant, Optional.of(a1.id()), true);
      tx.businessUnits().insert(fresh);
      assertThat(tx.accessGraph().isInUnitTree(tenant, fresh.id(), b.id())).as("a unit inserted in this unit of work")
          .isTrue();
      tx.users().update(new User(report.id(), tenant, report.fullName(), report.email(), root.id(),
          Optional.of(boss.id()), true, FIRST.next(T0.plusSeconds(1))), 1);
      assertThat(tx.accessGraph().managerDistance(tenant, boss.id(), report.id(), 1)).as("a manager set in this unit of work")
          .isEqualTo(1);
      User newcomer = user(tenant, root.id(), Optional.of(report.id()), true);
      tx.users().insert(newcomer);
      assertThat(tx.accessGraph().managerDistance(tenant, boss.id(), newcomer.id(), 2)).isEqualTo(2);
      tx.setRollbackOnly();
      return null;
    });
    store().read(tx -> {
      AccessGraph graph = tx.accessGraph();
      assertThat(graph.isInUnitTree(tenant, a1.id(), b.id())).as("after the rollback").isFalse();
      assertThat(graph.isInUnitTree(tenant, a1.id(), a.id())).isTrue();
      assertThat(graph.managerDistance(tenant, boss.id(), report.id(), 3)).isZero();
      return null;
    });
  }

  // ---------------------------------------------------------------- queries on the new kinds

  /** Role queries on their id follow the reference semantics. */
  @Property(tries = 20)
  public void roleQueriesFollowTheReferenceSemantics(@ForAll("roleQueries") QueryScenario<SecurityRole> scenario) {
    check(StoredKinds.SECURITY_ROLES, scenario);
  }

  /** Share queries on their id follow the reference semantics. */
  @Property(tries = 20)
  public void shareQueriesFollowTheReferenceSemantics(@ForAll("shareQueries") QueryScenario<RecordShare> scenario) {
    check(StoredKinds.RECORD_SHARES, scenario);
  }

  /** Field security profile queries on their id follow the reference semantics. */
  @Property(tries = 20)
  public void profileQueriesFollowTheReferenceSemantics(
      @ForAll("profileQueries") QueryScenario<FieldSecurityProfile> scenario) {
    check(StoredKinds.FIELD_SECURITY_PROFILES, scenario);
  }

  /** Random roles with random queries. */
  @Provide
  public Arbitrary<QueryScenario<SecurityRole>> roleQueries() {
    return scenarios(StoredKinds.SECURITY_ROLES);
  }

  /** Random shares with random queries. */
  @Provide
  public Arbitrary<QueryScenario<RecordShare>> shareQueries() {
    return scenarios(StoredKinds.RECORD_SHARES);
  }

  /** Random profiles with random queries. */
  @Provide
  public Arbitrary<QueryScenario<FieldSecurityProfile>> profileQueries() {
    return scenarios(StoredKinds.FIELD_SECURITY_PROFILES);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void check(StoredKind<I, R> kind, QueryScenario<R> scenario) {
    TenantId tenant = newTenant();
    List<R> records = scenario.records().stream().map(r -> kind.withTenant(r, tenant)).toList();
    insertAll(kind, records);
    insertAll(kind, records.stream().limit(3).map(r -> kind.withTenant(r, newTenant())).toList());
    List<R> expected = ReferenceQueries.expected(kind, records, scenario.filter(), scenario.sort());
    ReferenceQueries.assertPages(store(), kind, tenant, scenario.filter(), scenario.sort(), scenario.pageSizes(), expected);
    ReferenceQueries.assertCountAndScan(store(), kind, tenant, scenario.filter(), expected);
  }

  private static <I extends RecordId, R extends CrmRecord<I>> Arbitrary<QueryScenario<R>> scenarios(StoredKind<I, R> kind) {
    return Arbitraries.randomValue(r -> kind.random(r, PLACEHOLDER)).list().ofMaxSize(25)
        .uniqueElements(r -> kind.uniqueKey(r).orElse(kind.uuid(r)))
        .flatMap(records -> Arbitraries.randomValue(random -> {
          RandomQueries<R> queries = RandomQueries.over(random, kind.queryFields(), records);
          Filter<R> filter = queries.filterOrAll();
          Sort<R> sort = random.nextBoolean() ? queries.sort() : Sort.byId();
          return new QueryScenario<>(records, filter, sort, queries.pageSizes());
        }));
  }

  // ---------------------------------------------------------------- helpers

  private <I extends RecordId, R extends OwnedRecord<I>> void insertOwned(StoreTransaction tx, OwnedKind<I, R> kind,
      TenantId tenant, UUID id, Ownership ownership) {
    StoredKind<I, R> stored = kind.stored();
    R record = kind.withOwnership().apply(stored.withId(stored.random(random, tenant), stored.id(id)), ownership);
    kind.in(tx).insert(record);
  }

  /** The ids that the kind's restricted query, count and scan return are {@code expected}, all three alike. */
  private static <I extends RecordId, R extends OwnedRecord<I>> void assertVisibleIds(StoreTransaction tx,
      OwnedKind<I, R> kind, TenantId tenant, Visibility visibility, List<UUID> expected, String what) {
    List<UUID> queried = kind.in(tx).query(tenant, Query.<R>all(), visibility).items().stream()
        .map(r -> r.id().value()).toList();
    List<UUID> scanned;
    try (Stream<R> rows = kind.in(tx).scan(tenant, Filter.all(), visibility)) {
      scanned = rows.map(r -> r.id().value()).toList();
    }
    assertThat(queried).as("query: %s", what).containsExactlyElementsOf(expected);
    assertThat(scanned).as("scan: %s", what).containsExactlyElementsOf(expected);
    assertThat(kind.in(tx).count(tenant, Filter.all(), visibility)).as("count: %s", what).isEqualTo(expected.size());
  }

  private static RecordRef account() {
    return new RecordRef(RecordKind.ACCOUNT, UUID.randomUUID());
  }

  private static RecordShare share(TenantId tenant, RecordRef record, Principal grantee, Privilege... rights) {
    return new RecordShare(ShareId.of(UUID.randomUUID()), tenant, record, grantee, Set.of(rights), FIRST);
  }

  private BusinessUnit unit(TenantId tenant, Optional<BusinessUnitId> parent, boolean active) {
    return new BusinessUnit(BusinessUnitId.of(UUID.randomUUID()), tenant, "Unit", parent, active, FIRST);
  }

  private User user(TenantId tenant, BusinessUnitId unit, Optional<UserId> manager, boolean active) {
    return new User(UserId.of(UUID.randomUUID()), tenant, "User", ValuePools.pick(random, ValuePools.EMAILS), unit,
        manager, active, FIRST);
  }

  private Optional<AccessSettings> settings(TenantId tenant) {
    return store().read(tx -> tx.accessSettings().find(tenant));
  }

  private void save(AccessSettings settings) {
    store().write(tx -> tx.accessSettings().save(settings));
  }
}
