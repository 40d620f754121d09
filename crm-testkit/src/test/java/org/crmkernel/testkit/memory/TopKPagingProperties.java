package org.crmkernel.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.testkit.fixtures.RecordGenerator;

/**
 * The bounded-heap paging, with its first-key shortcut, against a full sort by the reference
 * order: every page, in every sort, with pending writes of the unit of work mixed in.
 */
class TopKPagingProperties {

  private static final List<StandardField<Account, ?>> SORTABLE = AccountFields.ALL.stream()
      .filter(StandardField::sortable).toList();

  @Property(tries = 60)
  void pagingThroughEverySortGivesTheReferenceOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int limit) {
    RecordGenerator generator = new RecordGenerator(seed);
    Random random = generator.random();
    TenantId tenant = generator.tenant();
    InMemoryCrmStore store = InMemoryCrmStore.create();
    List<Account> committed = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      committed.add(generator.account(tenant));
    }
    store.write(tx -> {
      bulk(tx.accounts()).insertAll(committed);
      return null;
    });
    Sort<Account> sort = Sort.byId();
    int keys = random.nextInt(3);
    for (int i = 0; i < keys; i++) {
      StandardField<Account, ?> field = SORTABLE.get(random.nextInt(SORTABLE.size()));
      if (sort.keys().stream().noneMatch(k -> k.field().equals(field))) {
        sort = sort.then(field, random.nextBoolean() ? Sort.Direction.ASC : Sort.Direction.DESC);
      }
    }
    Filter<Account> filter = random.nextBoolean() ? Filter.all() : Filter.eq(AccountFields.STATE, "ACTIVE");
    Query<Account> first = new Query<>(filter, sort, limit, Optional.empty());
    Sort<Account> order = sort;

    store.write(tx -> {
      // Pending writes of this unit of work: new rows, and some committed ones changed or gone.
      List<Account> visible = new ArrayList<>(committed);
      for (int i = 0; i < 20; i++) {
        Account added = generator.account(tenant);
        tx.accounts().insert(added);
        visible.add(added);
      }
      for (int i = 0; i < 10; i++) {
        Account gone = visible.remove(random.nextInt(committed.size() - i));
        tx.accounts().delete(tenant, gone.id(), gone.version());
      }
      List<Account> expected = visible.stream().filter(filter::test)
          .sorted(order.recordOrder(a -> a.id().value())).toList();

      List<Account> paged = new ArrayList<>();
      Optional<Query<Account>> next = Optional.of(first);
      while (next.isPresent()) {
        Page<Account> page = tx.accounts().query(tenant, next.get());
        assertThat(page.items().size()).isLessThanOrEqualTo(limit);
        paged.addAll(page.items());
        next = next.get().next(page);
      }
      assertThat(paged).containsExactlyElementsOf(expected);
      return null;
    });
  }

  private static BulkInsert<AccountId, Account> bulk(org.crmkernel.spi.Accounts accounts) {
    @SuppressWarnings("unchecked")
    BulkInsert<AccountId, Account> bulk = (BulkInsert<AccountId, Account>) accounts;
    return bulk;
  }
}
