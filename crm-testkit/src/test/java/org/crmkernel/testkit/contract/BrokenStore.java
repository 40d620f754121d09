package org.crmkernel.testkit.contract;

import org.crmkernel.testkit.fixtures.ForwardingStoreTransaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.Accounts;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.DealHistory;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.StoreWork;
import org.crmkernel.spi.TransactionMode;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Visibility;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.SortPosition;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/**
 * The in-memory store with one defect in its accounts or its deal history, of the kinds SQL
 * adapters are prone to, to show that the contract suite catches each. Queries with an ordering
 * defect are answered by a small keyset implementation here, over the real store's scan.
 */
final class BrokenStore implements CrmStore {

  /** The defects this store can have. */
  enum Defect {
    /** {@code not} uses SQL's three-valued logic: it never matches a record without the value. */
    THREE_VALUED_NOT,
    /** Empty values sort first ascending (SQL Server's and MySQL's default). */
    EMPTY_FIRST,
    /** Text sorts by UTF-16 unit, as Java's {@code String.compareTo} does. */
    UTF16_TEXT_ORDER,
    /** UUIDs sort by signed halves, as Java's {@code UUID.compareTo} does. */
    SIGNED_UUID_ORDER,
    /** A full page always has a next cursor, even when no rows follow. */
    NEXT_WHEN_PAGE_FULL,
    /** Updates overwrite whatever version is stored. */
    UPDATE_IGNORES_VERSION,
    /** Scans come in reverse id order. */
    SCAN_REVERSED,
    /** Counting {@code not(f)} counts {@code f}. */
    COUNT_DROPS_NOT,
    /** Visibility-restricted account reads forget the shares clause (a missing {@code EXISTS}). */
    VISIBILITY_DROPS_SHARES,
    /** A deal's history comes in entry id order, as a query ordered by the key instead of the sequence gives it. */
    HISTORY_IN_ID_ORDER
  }

  private final CrmStore store = InMemoryCrmStore.create();
  private final Defect defect;

  BrokenStore(Defect defect) {
    this.defect = defect;
  }

  @Override
  public <T> T inTransaction(TransactionMode mode, StoreWork<T> work) {
    return store.inTransaction(mode, tx -> work.run(new BrokenTransaction(tx)));
  }

  private final class BrokenTransaction extends ForwardingStoreTransaction {
    BrokenTransaction(StoreTransaction tx) {
      super(tx);
    }

    @Override
    public Accounts accounts() {
      return new BrokenAccounts(delegate().accounts());
    }

    @Override
    public DealHistory dealHistory() {
      return defect == Defect.HISTORY_IN_ID_ORDER ? new HistoryInIdOrder(delegate().dealHistory())
          : delegate().dealHistory();
    }
  }

  /** Deal history whose {@code historyOf} orders by entry id. */
  private static final class HistoryInIdOrder implements DealHistory {
    private final DealHistory history;

    HistoryInIdOrder(DealHistory history) {
      this.history = history;
    }

    @Override
    public void append(List<DealChange> entries) {
      history.append(entries);
    }

    @Override
    public List<DealChange> historyOf(TenantId tenant, DealId deal) {
      return history.historyOf(tenant, deal).stream()
          .sorted(Comparator.comparing(c -> c.id().value(), Uuid7.UNSIGNED_ORDER)).toList();
    }

    @Override
    public Stream<DealChange> scan(TenantId tenant, Filter<DealChange> filter) {
      return history.scan(tenant, filter);
    }
  }

  private final class BrokenAccounts implements Accounts {
    private final Accounts accounts;

    BrokenAccounts(Accounts accounts) {
      this.accounts = accounts;
    }

    @Override
    public Account insert(Account record) {
      return accounts.insert(record);
    }

    @Override
    public Optional<Account> find(TenantId tenant, AccountId id) {
      return accounts.find(tenant, id);
    }

    @Override
    public Account update(Account record, long expectedVersion) {
      Optional<Account> stored = accounts.find(record.tenantId(), record.id());
      if (defect != Defect.UPDATE_IGNORES_VERSION || stored.isEmpty()) {
        return accounts.update(record, expectedVersion);
      }
      long current = stored.get().version();
      Revision forced = new Revision(current + 1, record.revision().createdAt(), record.revision().modifiedAt());
      return accounts.update(record.withRevision(forced), current);
    }

    @Override
    public void delete(TenantId tenant, AccountId id, long expectedVersion) {
      accounts.delete(tenant, id, expectedVersion);
    }

    @Override
    public Page<Account> query(TenantId tenant, Query<Account> query, Visibility visibility) {
      return accounts.query(tenant, query, broken(visibility));
    }

    @Override
    public long count(TenantId tenant, Filter<Account> filter, Visibility visibility) {
      return accounts.count(tenant, filter, broken(visibility));
    }

    @Override
    public Stream<Account> scan(TenantId tenant, Filter<Account> filter, Visibility visibility) {
      return accounts.scan(tenant, filter, broken(visibility));
    }

    private Visibility broken(Visibility visibility) {
      return defect != Defect.VISIBILITY_DROPS_SHARES ? visibility
          : new Visibility(visibility.privilege(), visibility.everything(), visibility.owners(), visibility.units(),
              visibility.unitTrees(), Set.of(), visibility.reportsOf());
    }

    @Override
    public long count(TenantId tenant, Filter<Account> filter) {
      if (defect == Defect.COUNT_DROPS_NOT && filter instanceof Filter.Not<Account> not) {
        return accounts.count(tenant, not.operand());
      }
      return accounts.count(tenant, rewrite(filter));
    }

    @Override
    public Stream<Account> scan(TenantId tenant, Filter<Account> filter) {
      if (defect != Defect.SCAN_REVERSED) {
        return accounts.scan(tenant, rewrite(filter));
      }
      List<Account> rows;
      try (Stream<Account> scanned = accounts.scan(tenant, filter)) {
        rows = new ArrayList<>(scanned.toList());
      }
      Collections.reverse(rows);
      return rows.stream();
    }

    @Override
    public Page<Account> query(TenantId tenant, Query<Account> query) {
      if (!changesPaging()) {
        return accounts.query(tenant, new Query<>(rewrite(query.filter()), query.sort(), query.limit(), query.after()));
      }
      Sort<Account> sort = query.sort();
      Comparator<SortPosition> order = order(sort);
      Optional<SortPosition> after = query.after().map(cursor -> cursor.position(sort));
      List<Account> rest;
      try (Stream<Account> scanned = accounts.scan(tenant, query.filter())) {
        rest = scanned.filter(a -> after.isEmpty() || order.compare(position(sort, a), after.get()) > 0)
            .sorted((a, b) -> order.compare(position(sort, a), position(sort, b))).toList();
      }
      List<Account> items = rest.subList(0, Math.min(query.limit(), rest.size()));
      boolean more = defect == Defect.NEXT_WHEN_PAGE_FULL ? items.size() == query.limit() : rest.size() > query.limit();
      return new Page<>(items, more && !items.isEmpty()
          ? Optional.of(Cursor.at(sort, position(sort, items.get(items.size() - 1)))) : Optional.empty());
    }
  }

  private boolean changesPaging() {
    return defect == Defect.EMPTY_FIRST || defect == Defect.UTF16_TEXT_ORDER || defect == Defect.SIGNED_UUID_ORDER
        || defect == Defect.NEXT_WHEN_PAGE_FULL;
  }

  private Filter<Account> rewrite(Filter<Account> filter) {
    if (defect != Defect.THREE_VALUED_NOT) {
      return filter;
    }
    if (filter instanceof Filter.Not<Account> not) {
      List<Filter<Account>> parts = new ArrayList<>(List.of(new Filter.Not<>(rewrite(not.operand()))));
      for (FieldRef<Account, ?> field : not.operand().fields()) {
        parts.add(new Filter.Not<>(new Filter.IsEmpty<>(field)));
      }
      return new Filter.And<>(parts);
    }
    if (filter instanceof Filter.And<Account> and) {
      return new Filter.And<>(and.operands().stream().map(this::rewrite).toList());
    }
    if (filter instanceof Filter.Or<Account> or) {
      return new Filter.Or<>(or.operands().stream().map(this::rewrite).toList());
    }
    return filter;
  }

  private Comparator<SortPosition> order(Sort<Account> sort) {
    return (a, b) -> {
      for (int i = 0; i < sort.keys().size(); i++) {
        Sort.Key<Account> key = sort.keys().get(i);
        int c = compare(key.field().valueType(), a.values().get(i), b.values().get(i));
        if (c != 0) {
          return key.direction() == Sort.Direction.ASC ? c : -c;
        }
      }
      return defect == Defect.SIGNED_UUID_ORDER ? a.id().compareTo(b.id()) : Uuid7.UNSIGNED_ORDER.compare(a.id(), b.id());
    };
  }

  private int compare(ValueType type, Optional<Object> a, Optional<Object> b) {
    if (a.isEmpty() || b.isEmpty()) {
      int emptyLast = Boolean.compare(a.isEmpty(), b.isEmpty());
      return defect == Defect.EMPTY_FIRST ? -emptyLast : emptyLast;
    }
    if (defect == Defect.UTF16_TEXT_ORDER && type == ValueType.TEXT) {
      return ((String) a.get()).compareTo((String) b.get());
    }
    if (defect == Defect.SIGNED_UUID_ORDER && type == ValueType.UUID) {
      return ((UUID) a.get()).compareTo((UUID) b.get());
    }
    return type.compare(a.get(), b.get());
  }

  private static SortPosition position(Sort<Account> sort, Account account) {
    return sort.positionOf(account, a -> a.id().value());
  }
}
