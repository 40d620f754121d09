package org.crmkernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditFields;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.id.AuditEntryId;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Actor;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.query.Filter;

/**
 * The Filter-to-SQL translation against the reference evaluation ({@link Filter#test}) on random
 * filter trees over audit entries in H2: the rows counted and scanned through SQL are exactly
 * those the filter accepts in memory. Values come from small pools with the cases that break
 * translations: UUIDs whose signed and unsigned orders differ, instants a nanosecond apart,
 * LIKE wildcards in prefixes, negation over every leaf.
 */
class AuditFilterSqlProperties {

  private static final List<UUID> UUIDS = List.of(new UUID(1L, 1L), new UUID(0x7FFF_FFFF_FFFF_FFFFL, 2L),
      new UUID(0x8000_0000_0000_0000L, 3L), new UUID(-1L, 4L), new UUID(-1L, -1L));
  private static final Instant BASE = Instant.parse("2030-01-01T00:00:00Z");
  private static final List<Instant> INSTANTS = List.of(BASE, BASE.plusNanos(1), BASE.plusSeconds(1),
      BASE.plusSeconds(1).plusNanos(999_999_999), BASE.minusSeconds(1));
  private static final List<String> KINDS = List.of("ACCOUNT", "CONTACT", "LEAD", "A", "ACCOUNT_", "%", "AC_OUNT", "\u00C9", "\uD835\uDD18");
  private static final List<String> PREFIXES = List.of("A", "AC", "ACC", "C", "L", "_", "%", "user:", "user:8", "sys", "\uD835\uDD18");

  private CrmStore store;

  private CrmStore store() {
    if (store == null) {
      store = TestDatabases.H2.migratedStore();
    }
    return store;
  }

  @AfterProperty
  void dropStore() {
    store = null;
  }

  @Property(tries = 60)
  void sqlSelectsWhatTheReferenceAccepts(@ForAll("entries") List<AuditEntry> placeholderEntries,
      @ForAll("filters") Filter<AuditEntry> filter) {
    TenantId tenant = TenantId.of(UUID.randomUUID());
    List<AuditEntry> entries = placeholderEntries.stream().map(e -> new AuditEntry(AuditEntryId.of(UUID.randomUUID()),
        tenant, e.actor(), e.occurredAt(), e.operation(), e.record(), e.changes(), e.correlationId())).toList();
    store().write(tx -> {
      tx.auditLog().append(entries);
      return null;
    });
    List<UUID> expected = entries.stream().filter(filter::test).map(e -> e.id().value()).sorted().toList();

    List<UUID> scanned = store().read(tx -> {
      try (Stream<AuditEntry> rows = tx.auditLog().scan(tenant, filter)) {
        return rows.map(e -> e.id().value()).sorted().toList();
      }
    });
    long counted = store().read(tx -> tx.auditLog().count(tenant, filter));

    assertThat(scanned).as("entries selected by %s", filter).isEqualTo(expected);
    assertThat(counted).isEqualTo(expected.size());
  }

  @Provide
  Arbitrary<List<AuditEntry>> entries() {
    Arbitrary<Actor> actors = Arbitraries.oneOf(Arbitraries.just(Actor.system()),
        Arbitraries.of(UUIDS).map(u -> Actor.user(UserId.of(u))));
    Arbitrary<AuditEntry> entry = net.jqwik.api.Combinators.combine(actors, Arbitraries.of(INSTANTS),
        Arbitraries.of(AuditOperation.CREATE, AuditOperation.UPDATE, AuditOperation.DELETE),
        Arbitraries.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD), Arbitraries.of(UUIDS), Arbitraries.of(UUIDS))
        .as((actor, at, operation, kind, recordId, correlation) -> new AuditEntry(AuditEntryId.of(UUID.randomUUID()),
            TenantId.of(new UUID(0, 0)), actor, at, operation, new RecordRef(kind, recordId), List.of(),
            CorrelationId.of(correlation)));
    return entry.list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<Filter<AuditEntry>> filters() {
    return filter(2);
  }

  private Arbitrary<Filter<AuditEntry>> filter(int depth) {
    Arbitrary<Filter<AuditEntry>> leaf = Arbitraries.oneOf(
        Arbitraries.of(KINDS).map(k -> Filter.eq(AuditFields.RECORD_KIND, k)),
        Arbitraries.of(KINDS).list().ofMaxSize(3).map(ks -> Filter.in(AuditFields.RECORD_KIND, ks)),
        Arbitraries.of(KINDS).map(k -> Filter.atLeast(AuditFields.RECORD_KIND, k)),
        Arbitraries.of(KINDS).map(k -> Filter.atMost(AuditFields.RECORD_KIND, k)),
        Arbitraries.of(PREFIXES).map(p -> Filter.startsWith(AuditFields.RECORD_KIND, p)),
        Arbitraries.of(PREFIXES).map(p -> Filter.startsWith(AuditFields.ACTOR, p)),
        Arbitraries.of(UUIDS).map(u -> Filter.eq(AuditFields.RECORD_ID, u)),
        Arbitraries.of(UUIDS).list().ofMaxSize(3).map(us -> Filter.in(AuditFields.CORRELATION_ID, us)),
        Arbitraries.of(UUIDS).map(u -> Filter.atLeast(AuditFields.RECORD_ID, u)),
        Arbitraries.of(UUIDS).map(u -> Filter.atMost(AuditFields.CORRELATION_ID, u)),
        Arbitraries.of(INSTANTS).map(i -> Filter.eq(AuditFields.OCCURRED_AT, i)),
        Arbitraries.of(INSTANTS).list().ofMaxSize(3).map(is -> Filter.in(AuditFields.OCCURRED_AT, is)),
        Arbitraries.of(INSTANTS).flatMap(a -> Arbitraries.of(INSTANTS).map(b ->
            Filter.between(AuditFields.OCCURRED_AT, Optional.of(a), Optional.of(b)))),
        Arbitraries.of(INSTANTS).map(i -> Filter.atMost(AuditFields.OCCURRED_AT, i)),
        Arbitraries.just(Filter.isEmpty(AuditFields.OPERATION)),
        Arbitraries.just(Filter.<AuditEntry>all()));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Filter<AuditEntry>> inner = filter(depth - 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf),
        net.jqwik.api.Tuple.of(1, inner.map(Filter::not)),
        net.jqwik.api.Tuple.of(1, inner.list().ofMaxSize(3).map(fs -> new Filter.And<>(new ArrayList<>(fs)))),
        net.jqwik.api.Tuple.of(1, inner.list().ofMaxSize(3).map(fs -> new Filter.Or<>(new ArrayList<>(fs)))));
  }
}
