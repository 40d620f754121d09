package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditFields;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.AuditEntryId;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Actor;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.junit.jupiter.api.Test;

/**
 * The append-only audit log: entries read back as appended, in log order (time, then id as an
 * unsigned number), page by page with keyset cursors; filters on {@link AuditFields} follow
 * the reference semantics; count and scan agree; ids are unique; tenants are isolated.
 */
public abstract class AuditLogContract extends StoreContractSupport {

  /** The order entries are read in. */
  static final Comparator<AuditEntry> LOG_ORDER = Comparator.comparing(AuditEntry::occurredAt)
      .thenComparing(e -> e.id().value(), Uuid7.UNSIGNED_ORDER);

  private static final TenantId PLACEHOLDER = TenantId.of(new UUID(0, 0));
  private static final List<FieldRef<AuditEntry, ?>> FIELDS = List.copyOf(AuditFields.ALL);

  private final Random random = new Random();

  /** For subclasses. */
  protected AuditLogContract() {}

  /**
   * For random entries appended in random order and batches and a random filter, every page,
   * the count and the scan give the accepted entries in log order.
   */
  @Property(tries = 50)
  public void queriesFollowLogOrderAndReferenceFilters(@ForAll("auditScenarios") AuditScenario scenario) {
    TenantId tenant = newTenant();
    List<AuditEntry> entries = scenario.entries().stream().map(e -> inTenant(e, tenant)).toList();
    List<AuditEntry> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, new Random(scenario.seed()));
    int split = shuffled.isEmpty() ? 0 : new Random(scenario.seed()).nextInt(shuffled.size());
    append(shuffled.subList(0, split));
    append(shuffled.subList(split, shuffled.size()));
    append(entries.stream().limit(3).map(e -> inTenant(e, newTenant())).toList());
    assertReads(tenant, scenario.filter(), scenario.pageSizes(), entries);
  }

  /** Random audit entries with a random filter over the audit fields. */
  @Provide
  public Arbitrary<AuditScenario> auditScenarios() {
    Arbitrary<List<AuditEntry>> entries = Arbitraries.randomValue(
        r -> LogSamples.auditEntry(r, PLACEHOLDER, ValuePools.pick(r, ValuePools.INSTANTS))).list().ofMaxSize(30);
    return entries.flatMap(list -> Arbitraries.randomValue(r -> {
      RandomQueries<AuditEntry> queries = RandomQueries.over(r, FIELDS, list);
      return new AuditScenario(list, queries.filterOrAll(), queries.pageSizes(), r.nextLong());
    }));
  }

  /** Entries read back exactly as appended, changes, masks and empty values included. */
  @Test
  public void entriesReadBackAsAppended() {
    TenantId tenant = newTenant();
    AuditEntry entry = new AuditEntry(AuditEntryId.of(UUID.randomUUID()), tenant, Actor.user(ValuePools.USERS.get(0)),
        at(0), AuditOperation.UPDATE, new RecordRef(RecordKind.ACCOUNT, UUID.randomUUID()),
        List.of(FieldChange.of("name", Optional.of("Old \u00C9"), Optional.of("New \uD835\uDD18")),
            FieldChange.of("industry", Optional.empty(), Optional.of("Retail")),
            FieldChange.of("custom.salary", Optional.of(FieldChange.MASKED), Optional.empty())),
        CorrelationId.of(UUID.randomUUID()));
    append(List.of(entry));
    assertThat(page(tenant, Filter.all(), 10, Optional.empty()).items()).containsExactly(entry);
  }

  /** The history of one record, in the order it happened. */
  @Test
  public void historyOfOneRecordComesInLogOrder() {
    TenantId tenant = newTenant();
    RecordRef subject = new RecordRef(RecordKind.CONTACT, UUID.randomUUID());
    List<AuditEntry> history = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      AuditEntry sample = LogSamples.auditEntry(random, tenant, at(i / 2));
      history.add(new AuditEntry(sample.id(), tenant, sample.actor(), sample.occurredAt(), sample.operation(),
          subject, sample.changes(), sample.correlationId()));
    }
    List<AuditEntry> others = Stream.generate(() -> LogSamples.auditEntry(random, tenant, at(1))).limit(4).toList();
    List<AuditEntry> all = new ArrayList<>(history);
    all.addAll(others);
    Collections.shuffle(all, random);
    append(all);
    Filter<AuditEntry> ofSubject = Filter.and(Filter.eq(AuditFields.RECORD_KIND, "CONTACT"),
        Filter.eq(AuditFields.RECORD_ID, subject.id()));
    assertReads(tenant, ofSubject, List.of(2), history.stream().sorted(LOG_ORDER).toList());
  }

  /** An entry id that is taken fails the append, and the unit of work writes nothing. */
  @Test
  public void takenEntryIdFailsTheAppend() {
    TenantId tenant = newTenant();
    AuditEntry first = LogSamples.auditEntry(random, tenant, at(0));
    append(List.of(first));
    AuditEntry second = LogSamples.auditEntry(random, tenant, at(1));
    assertThatThrownBy(() -> append(List.of(second, first))).isInstanceOf(DuplicateRecordException.class);
    assertThatThrownBy(() -> append(List.of(second, second))).isInstanceOf(DuplicateRecordException.class);
    assertReads(tenant, Filter.all(), List.of(5), List.of(first));
  }

  /** Another tenant's entries are never read, counted or scanned; one append may carry several tenants. */
  @Test
  public void otherTenantsEntriesAreInvisible() {
    TenantId mine = newTenant();
    TenantId theirs = newTenant();
    AuditEntry own = LogSamples.auditEntry(random, mine, at(5));
    AuditEntry foreign = LogSamples.auditEntry(random, theirs, at(1));
    AuditEntry foreignSameRecord = new AuditEntry(AuditEntryId.of(UUID.randomUUID()), theirs, own.actor(),
        own.occurredAt(), own.operation(), own.record(), own.changes(), own.correlationId());
    append(List.of(own, foreign, foreignSameRecord));
    assertReads(mine, Filter.all(), List.of(1), List.of(own));
    assertReads(mine, Filter.eq(AuditFields.RECORD_ID, own.record().id()), List.of(1), List.of(own));
    assertReads(theirs, Filter.all(), List.of(1), List.of(foreign, foreignSameRecord));
  }

  /** A cursor that no store made is refused with {@code invalid_cursor}. */
  @Test
  public void malformedCursorIsRefused() {
    TenantId tenant = newTenant();
    append(List.of(LogSamples.auditEntry(random, tenant, at(0))));
    CrmValidationException failure = catchThrowableOfType(CrmValidationException.class,
        () -> page(tenant, Filter.all(), 5, Optional.of(new Cursor("Zm9v"))));
    assertThat(failure).as("audit query with a malformed cursor").isNotNull();
    assertThat(failure.violations()).extracting(v -> v.code()).contains("invalid_cursor");
  }

  private void assertReads(TenantId tenant, Filter<AuditEntry> filter, List<Integer> pageSizes, List<AuditEntry> entries) {
    List<AuditEntry> expected = entries.stream().filter(filter::test).sorted(LOG_ORDER).toList();
    ReferenceQueries.assertPages((limit, after) -> page(tenant, filter, limit, after), e -> e.occurredAt() + " " + e.id(), pageSizes,
        expected, "the audit log with filter " + filter);
    assertThat(auditCount(tenant, filter)).as("count with filter %s", filter).isEqualTo(expected.size());
    List<AuditEntry> scanned = store().read(tx -> {
      try (Stream<AuditEntry> rows = tx.auditLog().scan(tenant, filter)) {
        return rows.toList();
      }
    });
    assertThat(scanned).as("scan with filter %s, in log order", filter).containsExactlyElementsOf(expected);
  }

  private Page<AuditEntry> page(TenantId tenant, Filter<AuditEntry> filter, int limit, Optional<Cursor> after) {
    return store().read(tx -> tx.auditLog().query(tenant, filter, limit, after));
  }

  private void append(List<AuditEntry> entries) {
    store().write(tx -> {
      tx.auditLog().append(entries);
      return null;
    });
  }

  private static AuditEntry inTenant(AuditEntry e, TenantId tenant) {
    return new AuditEntry(e.id(), tenant, e.actor(), e.occurredAt(), e.operation(), e.record(), e.changes(),
        e.correlationId());
  }

  /**
   * Audit entries and a filter to read them with.
   *
   * @param entries the entries, in a placeholder tenant
   * @param filter the filter
   * @param pageSizes the page sizes to use in turn
   * @param seed decides the order and batches of the appends
   */
  record AuditScenario(List<AuditEntry> entries, Filter<AuditEntry> filter, List<Integer> pageSizes, long seed) {}
}
