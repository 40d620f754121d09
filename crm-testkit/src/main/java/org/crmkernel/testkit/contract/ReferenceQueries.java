package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/**
 * The reference answers to queries ({@link Filter#test}, {@link Sort#recordOrder}) and the
 * checks that a store gives the same: every page, the cursors, the count and the scan.
 */
final class ReferenceQueries {

  private ReferenceQueries() {}

  /** The records of {@code data} that {@code filter} accepts, in {@code sort} order. */
  static <I extends RecordId, R extends CrmRecord<I>> List<R> expected(
      StoredKind<I, R> kind, Collection<R> data, Filter<R> filter, Sort<R> sort) {
    return data.stream().filter(filter::test).sorted(kind.order(sort)).toList();
  }

  /**
   * Walks every page of {@code filter} in {@code sort}, each in its own read-only unit of work,
   * with page sizes taken in turn from {@code pageSizes}, and checks that each page holds
   * exactly the next rows of {@code expected} and has a cursor exactly when more rows follow.
   */
  static <I extends RecordId, R extends CrmRecord<I>> void assertPages(CrmStore store, StoredKind<I, R> kind,
      TenantId tenant, Filter<R> filter, Sort<R> sort, List<Integer> pageSizes, List<R> expected) {
    assertPages((limit, after) -> store.read(tx -> kind.store(tx).query(tenant, new Query<>(filter, sort, limit, after))),
        r -> kind.uuid(r) + " " + sort.positionOf(r, kind::uuid).values(), pageSizes, expected,
        kind + " with filter " + filter + ", sort [" + sort.fingerprint() + "]");
  }

  /**
   * Walks every page that {@code fetch} gives for a page size and the previous page's cursor,
   * checking each against the next rows of {@code expected}, compared first by {@code label}
   * (an id and what the order depends on) for a readable failure, then whole.
   */
  static <T> void assertPages(BiFunction<Integer, Optional<Cursor>, Page<T>> fetch, Function<T, ?> label,
      List<Integer> pageSizes, List<T> expected, String what) {
    Optional<Cursor> after = Optional.empty();
    int position = 0;
    for (int pageNumber = 0; ; pageNumber++) {
      int limit = pageSizes.get(pageNumber % pageSizes.size());
      Page<T> page = fetch.apply(limit, after);
      List<T> want = expected.subList(position, Math.min(position + limit, expected.size()));
      String where = "page " + pageNumber + " (rows from " + position + ", limit " + limit + ") of " + what;
      List<Object> labels = page.items().stream().<Object>map(label).toList();
      assertThat(labels).as(where + ": ids and sort values")
          .containsExactlyElementsOf(want.stream().<Object>map(label).toList());
      assertThat(page.items()).as(where + ": items").containsExactlyElementsOf(want);
      position += want.size();
      boolean more = position < expected.size();
      assertThat(page.hasNext()).as(where + ": next cursor present exactly when more rows follow").isEqualTo(more);
      if (!more) {
        return;
      }
      after = page.next();
    }
  }

  /** Checks that count and scan agree with the reference: the same rows, by id. */
  static <I extends RecordId, R extends CrmRecord<I>> void assertCountAndScan(
      CrmStore store, StoredKind<I, R> kind, TenantId tenant, Filter<R> filter, List<R> expected) {
    List<R> byId = expected.stream().sorted(kind.idOrder()).toList();
    long count = store.read(tx -> kind.store(tx).count(tenant, filter));
    List<R> scanned = store.read(tx -> {
      try (var rows = kind.store(tx).scan(tenant, filter)) {
        return rows.toList();
      }
    });
    assertThat(count).as("count of %s with filter %s", kind, filter).isEqualTo(expected.size());
    assertThat(ids(kind, scanned)).as("scan of %s with filter %s, in id order", kind, filter)
        .containsExactlyElementsOf(ids(kind, byId));
    assertThat(scanned).as("scanned records").containsExactlyElementsOf(byId);
  }

  /** The ids of {@code records}, for readable failure messages. */
  static <I extends RecordId, R extends CrmRecord<I>> List<UUID> ids(StoredKind<I, R> kind, List<R> records) {
    return records.stream().map(kind::uuid).toList();
  }
}
