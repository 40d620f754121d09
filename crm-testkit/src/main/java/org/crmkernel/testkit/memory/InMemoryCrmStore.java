package org.crmkernel.testkit.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.StoreWork;
import org.crmkernel.spi.TransactionMode;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe {@link CrmStore} that keeps everything in memory, for test suites, examples and
 * benchmarks. It passes the store contract suite like every other adapter.
 *
 * <p><b>Storage.</b> Per kind and tenant, a hash map by id for point reads and a map ordered by
 * id ({@link org.crmkernel.model.id.Uuid7#UNSIGNED_ORDER}, the order of SQL stores) for scans
 * and paging; the audit log is kept in log order instead, undelivered outbox messages of all
 * tenants in a queue, oldest first, and access settings by tenant. Secondary indexes, kept up to
 * date at commit, serve access: owned records by owner and by owning unit, shares by record and by
 * grantee, users by manager, units by parent, deal history by deal, and the unique keys (a custom
 * field's API name, a record's share per grantee, a deal's history entry number).
 *
 * <p><b>Access.</b> Reads restricted by a {@link org.crmkernel.spi.query.Visibility} resolve it
 * against the unit tree, manager chains and shares the unit of work sees, through those indexes,
 * and then either gather the candidate rows from the indexes or pass over the table, whichever
 * costs less: a page never costs in proportion to the records the principal cannot see. Records are deeply
 * immutable (records with copied, unmodifiable collections), so keeping the caller's instance is
 * the same as copying it on the way in and out, as a real database would.
 *
 * <p><b>Transactions.</b> A unit of work writes into a private write set that its own reads see
 * through and nobody else sees. At commit it takes the store's commit lock, checks that
 * everything it relied on still holds (inserted ids still free, changed records still at the
 * version it read, unique keys still unique) and publishes the write set; if a check fails the
 * whole unit of work is rolled back with {@link org.crmkernel.model.error.StaleVersionException},
 * {@link org.crmkernel.model.error.DuplicateRecordException} or {@link
 * org.crmkernel.model.error.RecordNotFoundException}. So two units of work that update the same
 * version never both commit, and no lock is held while work runs. Single-row reads never lock;
 * reads of many rows (query, count) run optimistically and are repeated, under a shared lock if
 * need be, when a commit was published meanwhile, so they never see half a commit. Scans are
 * weakly consistent: each row is a committed (or the unit of work's own) version. Isolation is
 * read committed.
 *
 * <p><b>Outbox.</b> Changes to outbox messages are redone at commit on the message as it is
 * committed then, as SQL updates would be, so relays and the code that marks deliveries never
 * fail on each other; a message claimed by a running unit of work is skipped by every other
 * claim until that unit of work ends, so no two relays hold the same lease.
 *
 * <p>Units of work do not nest: starting one inside another on the same thread fails with a
 * {@link StoreFailureException}. Read-only units of work refuse writes the same way.
 */
public final class InMemoryCrmStore implements CrmStore {

  /** How many tables a store has; slots of {@link MemoryTransaction}'s write sets. */
  static final int TABLES = 18;

  private static final int OPTIMISTIC_ATTEMPTS = 3;

  final OwnedIndexes<Account> accountIndexes = OwnedIndexes.create();
  final OwnedIndexes<Contact> contactIndexes = OwnedIndexes.create();
  final OwnedIndexes<Lead> leadIndexes = OwnedIndexes.create();
  final Index<BusinessUnit> unitsByParent = new Index<>("parent unit", u -> u.parentId().orElse(null), true);
  final Index<User> usersByManager = new Index<>("manager", u -> u.managerId().orElse(null), true);
  final Index<RecordShare> sharesByRecord = new Index<>("record", RecordShare::record, true);
  final Index<RecordShare> sharesByGrantee = new Index<>("grantee", s -> s.grantee().uuid(), true);

  final RecordTable<Account> accounts = new RecordTable<>(0, RecordKind.ACCOUNT, Optional.empty(), accountIndexes.all());
  final RecordTable<Contact> contacts = new RecordTable<>(1, RecordKind.CONTACT, Optional.empty(), contactIndexes.all());
  final RecordTable<Lead> leads = new RecordTable<>(2, RecordKind.LEAD, Optional.empty(), leadIndexes.all());
  final RecordTable<BusinessUnit> businessUnits = new RecordTable<>(3, RecordKind.BUSINESS_UNIT, Optional.empty(),
      List.of(unitsByParent));
  final RecordTable<User> users = new RecordTable<>(4, RecordKind.USER, Optional.empty(), List.of(usersByManager));
  final RecordTable<Team> teams = new RecordTable<>(5, RecordKind.TEAM, Optional.empty());
  final TeamMemberships teamMemberships = new TeamMemberships();
  final RecordTable<FieldDefinition> fieldDefinitions = new RecordTable<>(6, RecordKind.FIELD_DEFINITION,
      Optional.of(new RecordTable.UniqueKey<>("the API name", d -> List.of(d.recordKind(), d.apiName()))));
  final AuditTable audit = new AuditTable(7);
  final OutboxTable outbox = new OutboxTable(8);
  final RecordTable<SecurityRole> securityRoles = new RecordTable<>(9, RecordKind.SECURITY_ROLE, Optional.empty());
  final RecordTable<RecordShare> recordShares = new RecordTable<>(10, RecordKind.RECORD_SHARE,
      Optional.of(new RecordTable.UniqueKey<>("the grantee's share of the record", s -> List.of(s.record(), s.grantee()))),
      List.of(sharesByRecord, sharesByGrantee));
  final RecordTable<FieldSecurityProfile> fieldSecurityProfiles = new RecordTable<>(11,
      RecordKind.FIELD_SECURITY_PROFILE, Optional.empty());
  final SettingsTable accessSettings = new SettingsTable(12);
  final OwnedIndexes<Deal> dealIndexes = OwnedIndexes.create();
  final RecordTable<Deal> deals = new RecordTable<>(13, RecordKind.DEAL, Optional.empty(), dealIndexes.all());
  final Index<DealChange> changesByDeal = new Index<>("deal", DealChange::deal, true);
  final RecordTable<DealChange> dealChanges = new RecordTable<>(14, RecordKind.DEAL_CHANGE,
      Optional.of(new RecordTable.UniqueKey<>("the deal's history entry number", c -> List.of(c.deal(), c.sequence()))),
      List.of(changesByDeal));
  final RecordTable<Pipeline> pipelines = new RecordTable<>(15, RecordKind.PIPELINE, Optional.empty());
  final OwnedIndexes<Activity> activityIndexes = OwnedIndexes.create();
  final RecordTable<Activity> activities = new RecordTable<>(16, RecordKind.ACTIVITY, Optional.empty(),
      activityIndexes.all());
  final RecordTable<LeadAssignmentRule> assignmentRules = new RecordTable<>(17, RecordKind.LEAD_ASSIGNMENT_RULE,
      Optional.empty());

  /**
   * How reads restricted by a visibility choose their plan: by estimated cost, or always one of
   * the two, so that tests can hold each plan to the reference semantics on small data.
   */
  enum Planning { COST, CANDIDATES, PASS }

  volatile Planning planning = Planning.COST;

  private final StampedLock commitLock = new StampedLock();
  private final ThreadLocal<Running> running = ThreadLocal.withInitial(Running::new);
  private final ConcurrentHashMap<ClaimKey, MemoryTransaction> claims = new ConcurrentHashMap<>();

  private InMemoryCrmStore() {}

  /** A new, empty store. */
  public static InMemoryCrmStore create() {
    return new InMemoryCrmStore();
  }

  @Override
  public <T> T inTransaction(TransactionMode mode, StoreWork<T> work) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(work, "work");
    Running thread = running.get();
    if (thread.current != null) {
      throw new StoreFailureException("units of work do not nest: this thread is already running one of this store");
    }
    MemoryTransaction tx = new MemoryTransaction(this, mode);
    thread.current = tx;
    try {
      T result = work.run(tx);
      if (!tx.isRollbackOnly()) {
        commit(tx);
      }
      return result;
    } finally {
      tx.close();
      thread.current = null;
    }
  }

  /** The unit of work a thread is running on this store, if any. */
  private static final class Running {
    @Nullable MemoryTransaction current;
  }

  /** Checks and publishes the unit of work's write sets, all or nothing, under the commit lock. */
  private void commit(MemoryTransaction tx) {
    Changes<?>[] all = tx.allChanges();
    if (all == null) {
      return;
    }
    long stamp = commitLock.writeLock();
    try {
      for (Changes<?> changes : all) {
        if (changes != null) {
          changes.validate();
        }
      }
      for (Changes<?> changes : all) {
        if (changes != null) {
          changes.publish();
          if (changes.table() == teams) {
            teamMemberships.changed();
          }
        }
      }
    } finally {
      commitLock.unlockWrite(stamp);
    }
  }

  /**
   * Runs a read of many rows so that it sees each commit whole or not at all: optimistically,
   * repeated when a commit was published meanwhile, and finally under the shared lock.
   */
  <T> T consistently(Supplier<T> read) {
    for (int attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
      long stamp = commitLock.tryOptimisticRead();
      if (stamp == 0) {
        break;
      }
      T result = read.get();
      if (commitLock.validate(stamp)) {
        return result;
      }
    }
    long stamp = commitLock.readLock();
    try {
      return read.get();
    } finally {
      commitLock.unlockRead(stamp);
    }
  }

  /** Claims an outbox message for {@code tx}; false if another running unit of work holds it. */
  boolean claim(ClaimKey key, MemoryTransaction tx) {
    @Nullable MemoryTransaction holder = claims.putIfAbsent(key, tx);
    if (holder == null) {
      tx.claimed(key);
      return true;
    }
    return holder == tx;
  }

  /** Releases a claim made by {@code tx}, after its commit (or rollback). */
  void releaseClaim(ClaimKey key, MemoryTransaction tx) {
    claims.remove(key, tx);
  }
}
