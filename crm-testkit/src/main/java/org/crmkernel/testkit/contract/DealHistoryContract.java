package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.error.CrmException;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.DealChangeId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealAction;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.DealChangeFields;
import org.crmkernel.model.pipeline.DealSnapshot;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.ProbabilitySource;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.model.record.Actor;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.spi.DealHistory;
import org.crmkernel.spi.query.Filter;
import org.junit.jupiter.api.Test;

/**
 * The append-only deal history ({@link DealHistory}): a deal's entries read back equal to what
 * was appended, in sequence order whatever order they were appended in; a scan gives the
 * tenant's entries that a filter on {@link DealChangeFields} accepts (reference semantics),
 * ordered by time, then deal id as an unsigned number, then sequence. An entry id, and a deal's
 * sequence number, are taken once per tenant: appending either again fails with {@link
 * DuplicateRecordException}, and nothing of the batch remains once the unit of work has failed;
 * of two units of work that append the same sequence number concurrently, exactly one commits.
 * Appends of a unit of work that fails or is marked rollback-only leave no trace; reads inside a
 * unit of work see its own appends; read-only work refuses appends with a store failure. Tenants
 * are isolated: another tenant may use the same deal ids, entry ids and sequence numbers.
 *
 * <p>The store does not check that a history is numbered without gaps or that each entry starts
 * where the previous one ended: the kernel does. So the suite appends entries out of order, and
 * an adapter must order reads itself rather than rely on the order rows were written in.
 */
public abstract class DealHistoryContract extends StoreContractSupport {

  /** The order of scans: time, then deal id as an unsigned number, then sequence. */
  static final Comparator<DealChange> LOG_ORDER = Comparator.comparing(DealChange::at)
      .thenComparing(c -> c.deal().value(), Uuid7.UNSIGNED_ORDER)
      .thenComparingLong(DealChange::sequence);

  /** The order of one deal's history. */
  static final Comparator<DealChange> SEQUENCE_ORDER = Comparator.comparingLong(DealChange::sequence);

  private static final TenantId PLACEHOLDER = TenantId.of(new UUID(0, 0));
  private static final List<FieldRef<DealChange, ?>> FIELDS = List.copyOf(DealChangeFields.ALL);

  /**
   * How long each unit of work of the concurrent test waits, after its append, for its rival to
   * append too. A store that makes the second appender wait for the first one's commit (a unique
   * index in SQL) lets the first commit after this time.
   */
  private static final Duration RIVAL_WAIT = Duration.ofSeconds(2);

  private final Random random = new Random();

  /** For subclasses. */
  protected DealHistoryContract() {}

  // ---------------------------------------------------------------- reading back

  /**
   * A deal's history comes in sequence order, whatever order and batches its entries were
   * appended in, and although its entry ids sort the other way round; each entry equal to the
   * one appended.
   */
  @Test
  public void historyComesInSequenceOrder() {
    TenantId tenant = newTenant();
    DealId deal = DealId.of(UUID.randomUUID());
    List<DealChange> history = new ArrayList<>();
    for (DealChange entry : DealChangeSamples.history(random, tenant, deal, 6, n -> at(n / 2))) {
      history.add(DealChangeSamples.withId(entry, new UUID(-1L - entry.sequence(), 7L)));
    }
    append(List.of(history.get(3), history.get(5)));
    append(List.of(history.get(0), history.get(4)));
    append(List.of(history.get(2), history.get(1)));
    assertThat(historyOf(tenant, deal)).as("history of %s", deal).containsExactlyElementsOf(history);
    assertThat(scan(tenant, Filter.eq(DealChangeFields.DEAL_ID, deal.value())))
        .as("scan of %s's entries", deal).containsExactlyElementsOf(history);
  }

  /**
   * Entries read back exactly as appended: the first without values before it, amounts at the
   * largest magnitude and the finest scale, dates at the limits a deal may carry, empty values,
   * user and team owners, user and system actors, instants to the millisecond.
   */
  @Test
  public void entriesReadBackAsAppended() {
    TenantId tenant = newTenant();
    DealId deal = DealId.of(UUID.randomUUID());
    PipelineId pipeline = PipelineId.of(UUID.randomUUID());
    DealSnapshot created = new DealSnapshot(pipeline, StageId.of(ValuePools.REFERENCES.get(2)), StageCategory.OPEN,
        ForecastCategory.PIPELINE, Optional.of(Money.of("999999999999999999.999999", "USD")), 0,
        ProbabilitySource.STAGE_DEFAULT, Optional.of(Deal.EARLIEST_DATE), Optional.empty(),
        Owner.team(TeamId.of(ValuePools.REFERENCES.get(3))));
    DealSnapshot won = new DealSnapshot(pipeline, StageId.of(ValuePools.REFERENCES.get(1)), StageCategory.WON,
        ForecastCategory.CLOSED, Optional.of(Money.of("0.0001", "CLF")), 100, ProbabilitySource.OVERRIDDEN,
        Optional.of(Deal.LATEST_DATE), Optional.of(Deal.LATEST_DATE), Owner.user(UserId.of(ValuePools.REFERENCES.get(2))));
    DealSnapshot reopened = new DealSnapshot(PipelineId.of(UUID.randomUUID()), StageId.of(UUID.randomUUID()),
        StageCategory.OPEN, ForecastCategory.COMMIT, Optional.empty(), 99, ProbabilitySource.OVERRIDDEN,
        Optional.empty(), Optional.empty(), Owner.user(UserId.of(UUID.randomUUID())));
    List<DealChange> history = List.of(
        entry(tenant, deal, 1, DealAction.CREATE, Optional.empty(), created, Actor.system(), at(0).plusMillis(1)),
        entry(tenant, deal, 2, DealAction.CLOSE_WON, Optional.of(created), won,
            Actor.user(UserId.of(ValuePools.REFERENCES.get(1))), at(3600).plusMillis(999)),
        entry(tenant, deal, 3, DealAction.REOPEN, Optional.of(won), reopened,
            Actor.user(UserId.of(UUID.randomUUID())), at(86_400)));
    append(history);
    assertThat(historyOf(tenant, deal)).containsExactlyElementsOf(history);
    assertThat(scan(tenant, Filter.all())).containsExactlyElementsOf(history);
  }

  /**
   * A deal the tenant has no history of, here or only in another tenant, has an empty history;
   * appending nothing changes nothing.
   */
  @Test
  public void historyOfUnknownDealIsEmpty() {
    TenantId tenant = newTenant();
    DealId deal = DealId.of(UUID.randomUUID());
    List<DealChange> history = DealChangeSamples.history(random, tenant, deal, 3, DealHistoryContract::minute);
    append(history);
    append(List.of());
    assertThat(historyOf(tenant, DealId.of(UUID.randomUUID()))).isEmpty();
    assertThat(historyOf(newTenant(), deal)).isEmpty();
    assertThat(historyOf(tenant, deal)).containsExactlyElementsOf(history);
    assertThat(scan(newTenant(), Filter.all())).isEmpty();
  }

  /**
   * Another tenant may keep a history of the same deal id, with the same entry ids and sequence
   * numbers; each tenant reads, and scans, only its own.
   */
  @Test
  public void tenantsKeepTheirOwnHistories() {
    TenantId mine = newTenant();
    TenantId theirs = newTenant();
    DealId deal = DealId.of(UUID.randomUUID());
    List<DealChange> own = DealChangeSamples.history(random, mine, deal, 3, DealHistoryContract::minute);
    List<DealChange> foreign = new ArrayList<>();
    List<DealChange> theirHistory = DealChangeSamples.history(random, theirs, deal, 2, n -> at(3600 + n));
    for (int i = 0; i < theirHistory.size(); i++) {
      foreign.add(DealChangeSamples.withId(theirHistory.get(i), own.get(i).id().value()));
    }
    append(own);
    append(foreign);
    assertThat(historyOf(mine, deal)).containsExactlyElementsOf(own);
    assertThat(historyOf(theirs, deal)).containsExactlyElementsOf(foreign);
    assertThat(scan(mine, Filter.all())).containsExactlyElementsOf(own);
    assertThat(scan(theirs, Filter.eq(DealChangeFields.DEAL_ID, deal.value()))).containsExactlyElementsOf(foreign);
    assertThat(scan(theirs, Filter.eq(DealChangeFields.ID, own.get(2).id().value()))).isEmpty();
  }

  // ---------------------------------------------------------------- refused appends

  /**
   * An entry id the tenant already has, or one repeated in the batch, fails the append; nothing
   * of the batch remains once the unit of work has failed.
   */
  @Test
  public void takenEntryIdFailsTheAppendWhole() {
    TenantId tenant = newTenant();
    DealId stored = DealId.of(UUID.randomUUID());
    DealId other = DealId.of(UUID.randomUUID());
    DealId third = DealId.of(UUID.randomUUID());
    List<DealChange> existing = DealChangeSamples.history(random, tenant, stored, 1, DealHistoryContract::minute);
    append(existing);
    List<DealChange> valid = DealChangeSamples.history(random, tenant, other, 2, DealHistoryContract::minute);
    DealChange thirdsFirst = DealChangeSamples.history(random, tenant, third, 1, DealHistoryContract::minute).get(0);

    DealChange takenId = DealChangeSamples.withId(thirdsFirst, existing.get(0).id().value());
    assertThatThrownBy(() -> append(List.of(valid.get(0), valid.get(1), takenId)))
        .as("appending an entry whose id the tenant has").isInstanceOf(DuplicateRecordException.class);
    DealChange repeatedId = DealChangeSamples.withId(thirdsFirst, valid.get(0).id().value());
    assertThatThrownBy(() -> append(List.of(valid.get(0), valid.get(1), repeatedId)))
        .as("appending a batch that repeats an id").isInstanceOf(DuplicateRecordException.class);

    assertThat(historyOf(tenant, stored)).containsExactlyElementsOf(existing);
    assertThat(historyOf(tenant, other)).isEmpty();
    assertThat(historyOf(tenant, third)).isEmpty();
    assertThat(scan(tenant, Filter.all())).containsExactlyElementsOf(existing);
  }

  /**
   * A sequence number the deal already has, or one repeated for a deal in the batch, fails the
   * append with new ids too; nothing of the batch remains once the unit of work has failed.
   * Other deals may use the same numbers, and the deal its next one.
   */
  @Test
  public void takenSequenceNumberFailsTheAppendWhole() {
    TenantId tenant = newTenant();
    DealId deal = DealId.of(UUID.randomUUID());
    DealId other = DealId.of(UUID.randomUUID());
    DealId third = DealId.of(UUID.randomUUID());
    List<DealChange> existing = DealChangeSamples.history(random, tenant, deal, 2, DealHistoryContract::minute);
    append(existing);
    DealChange othersFirst = DealChangeSamples.history(random, tenant, other, 1, DealHistoryContract::minute).get(0);

    DealChange secondAgain = DealChangeSamples.next(random, existing.get(0), at(600));
    assertThatThrownBy(() -> append(List.of(othersFirst, secondAgain)))
        .as("appending entry 2 of a deal that has it").isInstanceOf(DuplicateRecordException.class);
    DealChange thirdsFirst = DealChangeSamples.history(random, tenant, third, 1, DealHistoryContract::minute).get(0);
    DealChange thirdsFirstAgain = DealChangeSamples.history(random, tenant, third, 1, DealHistoryContract::minute).get(0);
    assertThatThrownBy(() -> append(List.of(othersFirst, thirdsFirst, thirdsFirstAgain)))
        .as("appending a batch with two entries 1 of one deal").isInstanceOf(DuplicateRecordException.class);

    assertThat(historyOf(tenant, deal)).containsExactlyElementsOf(existing);
    assertThat(historyOf(tenant, other)).isEmpty();
    assertThat(historyOf(tenant, third)).isEmpty();

    DealChange next = DealChangeSamples.next(random, existing.get(1), at(900));
    append(List.of(othersFirst, next, thirdsFirst));
    assertThat(historyOf(tenant, deal)).containsExactly(existing.get(0), existing.get(1), next);
    assertThat(historyOf(tenant, other)).containsExactly(othersFirst);
    assertThat(historyOf(tenant, third)).containsExactly(thirdsFirst);
  }

  /**
   * Of two units of work that append the same sequence number of one deal at the same time,
   * each with an entry id of its own, exactly one commits; the other fails with {@link
   * DuplicateRecordException}, at the append or at its commit, and the history holds the winner.
   */
  @Test
  public void concurrentAppendsOfOneSequenceNumberLetExactlyOneCommit() throws Exception {
    TenantId tenant = newTenant();
    DealId deal = DealId.of(UUID.randomUUID());
    DealChange created = DealChangeSamples.history(random, tenant, deal, 1, DealHistoryContract::minute).get(0);
    append(List.of(created));
    List<DealChange> rivals = List.of(DealChangeSamples.next(random, created, at(600)),
        DealChangeSamples.next(random, created, at(601)));
    CountDownLatch appended = new CountDownLatch(rivals.size());
    List<Optional<Class<?>>> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(rivals.size());
    try {
      List<Future<Optional<Class<?>>>> futures = new ArrayList<>();
      for (DealChange rival : rivals) {
        futures.add(pool.submit(() -> outcome(() -> store().write(tx -> {
          tx.dealHistory().append(List.of(rival));
          appended.countDown();
          awaitRival(appended);
          return null;
        }))));
      }
      for (Future<Optional<Class<?>>> future : futures) {
        outcomes.add(future.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(outcomes.stream().filter(Optional::isEmpty).count()).as("appends that committed: %s", outcomes)
        .isEqualTo(1);
    assertThat(outcomes.stream().flatMap(Optional::stream)).as("the other append's failure")
        .containsExactly(DuplicateRecordException.class);
    DealChange winner = rivals.get(outcomes.get(0).isEmpty() ? 0 : 1);
    assertThat(historyOf(tenant, deal)).containsExactly(created, winner);
  }

  // ---------------------------------------------------------------- units of work

  /**
   * Inside a unit of work, history and scan see its own appends; when it fails or is marked
   * rollback-only they leave no trace, and the same entries can be appended afterwards.
   */
  @Test
  public void appendsOfAFailedUnitOfWorkLeaveNoTrace() {
    TenantId tenant = newTenant();
    DealId deal = DealId.of(UUID.randomUUID());
    DealId other = DealId.of(UUID.randomUUID());
    List<DealChange> existing = DealChangeSamples.history(random, tenant, deal, 1, DealHistoryContract::minute);
    append(existing);
    DealChange next = DealChangeSamples.next(random, existing.get(0), at(600));
    List<DealChange> others = DealChangeSamples.history(random, tenant, other, 2, DealHistoryContract::minute);

    assertThatThrownBy(() -> store().write(tx -> {
      tx.dealHistory().append(List.of(next));
      tx.dealHistory().append(others);
      assertThat(tx.dealHistory().historyOf(tenant, deal)).as("own appends, inside the unit of work")
          .containsExactly(existing.get(0), next);
      try (Stream<DealChange> rows = tx.dealHistory().scan(tenant, Filter.eq(DealChangeFields.DEAL_ID, other.value()))) {
        assertThat(rows.toList()).as("own appends, scanned inside the unit of work").containsExactlyElementsOf(others);
      }
      throw new IllegalStateException("the work fails on purpose");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(historyOf(tenant, deal)).as("after a failed unit of work").containsExactlyElementsOf(existing);
    assertThat(historyOf(tenant, other)).isEmpty();

    store().write(tx -> {
      tx.dealHistory().append(List.of(next));
      tx.dealHistory().append(others);
      tx.setRollbackOnly();
      return null;
    });
    assertThat(historyOf(tenant, deal)).as("after a rollback-only unit of work").containsExactlyElementsOf(existing);
    assertThat(scan(tenant, Filter.all())).containsExactlyElementsOf(existing);

    List<DealChange> all = new ArrayList<>(others);
    all.add(next);
    append(all);
    assertThat(historyOf(tenant, deal)).containsExactly(existing.get(0), next);
    assertThat(historyOf(tenant, other)).containsExactlyElementsOf(others);
  }

  /** Read-only work refuses appends with a store failure, and nothing is written. */
  @Test
  public void readOnlyWorkRefusesAppends() {
    TenantId tenant = newTenant();
    DealId deal = DealId.of(UUID.randomUUID());
    List<DealChange> history = DealChangeSamples.history(random, tenant, deal, 2, DealHistoryContract::minute);
    append(history.subList(0, 1));
    assertThatThrownBy(() -> store().read(tx -> {
      tx.dealHistory().append(history.subList(1, 2));
      return null;
    })).as("append in read-only work").isInstanceOf(StoreFailureException.class);
    assertThat(historyOf(tenant, deal)).containsExactly(history.get(0));
  }

  // ---------------------------------------------------------------- scans

  /**
   * A scan orders by time, then deal id as an unsigned number (not as Java's signed {@code
   * UUID.compareTo}), then sequence; filters on the history's fields select from that order.
   */
  @Test
  public void scanComesInTimeThenDealThenSequenceOrder() {
    TenantId tenant = newTenant();
    DealId low = DealId.of(ValuePools.REFERENCES.get(1));
    DealId high = DealId.of(ValuePools.REFERENCES.get(2));
    DealId top = DealId.of(ValuePools.REFERENCES.get(3));
    List<DealChange> lows = DealChangeSamples.history(random, tenant, low, 3, n -> n == 1 ? at(0) : at(60));
    List<DealChange> highs = DealChangeSamples.history(random, tenant, high, 2, n -> n == 1 ? at(0) : at(30));
    List<DealChange> tops = DealChangeSamples.history(random, tenant, top, 2,
        n -> n == 1 ? at(-1) : at(60).plusMillis(1));
    append(List.of(tops.get(1), lows.get(2), highs.get(1)));
    append(List.of(lows.get(1), highs.get(0), tops.get(0), lows.get(0)));
    List<DealChange> ordered = List.of(tops.get(0), lows.get(0), highs.get(0), highs.get(1), lows.get(1), lows.get(2),
        tops.get(1));

    assertScan(tenant, Filter.all(), ordered);
    assertScan(tenant, Filter.eq(DealChangeFields.ACTION, DealAction.CREATE.name()), ordered);
    assertScan(tenant, new Filter.Range<>(DealChangeFields.AT, Optional.of(at(0)), true, Optional.of(at(60)), false),
        ordered);
    assertScan(tenant, Filter.not(Filter.eq(DealChangeFields.DEAL_ID, low.value())), ordered);
    assertScan(tenant, Filter.atLeast(DealChangeFields.SEQUENCE, 2L), ordered);
    assertScan(tenant, Filter.in(DealChangeFields.STAGE_ID, List.of(lows.get(1).after().stage().value())), ordered);
    assertScan(tenant, Filter.eq(DealChangeFields.PIPELINE_ID, highs.get(1).after().pipeline().value()), ordered);
    assertScan(tenant, Filter.eq(DealChangeFields.ID, tops.get(1).id().value()), ordered);
    assertThat(scan(tenant, Filter.atLeast(DealChangeFields.SEQUENCE, 2L)))
        .containsExactly(highs.get(1), lows.get(1), lows.get(2), tops.get(1));
  }

  /**
   * For random histories of several deals (at random times, with ties), appended in random
   * order and batches, and a random filter over the history's fields, the scan gives the
   * accepted entries in scan order and each deal's history its entries in sequence order; a
   * neighbour tenant with some of the same entries changes nothing.
   */
  @Property(tries = 50)
  public void scanAndHistoryFollowTheReferenceSemantics(@ForAll("historyScenarios") HistoryScenario scenario) {
    TenantId tenant = newTenant();
    List<DealChange> entries = scenario.entries().stream().map(e -> DealChangeSamples.inTenant(e, tenant)).toList();
    Random order = new Random(scenario.seed());
    List<DealChange> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, order);
    int first = shuffled.isEmpty() ? 0 : order.nextInt(shuffled.size() + 1);
    int second = first + (shuffled.size() == first ? 0 : order.nextInt(shuffled.size() - first + 1));
    append(shuffled.subList(0, first));
    append(shuffled.subList(first, second));
    append(shuffled.subList(second, shuffled.size()));
    append(entries.stream().limit(3).map(e -> DealChangeSamples.inTenant(e, newTenant())).toList());

    List<DealChange> expected = entries.stream().filter(scenario.filter()::test).sorted(LOG_ORDER).toList();
    assertThat(scan(tenant, scenario.filter())).as("scan with filter %s", scenario.filter())
        .containsExactlyElementsOf(expected);
    Map<DealId, List<DealChange>> byDeal = new LinkedHashMap<>();
    entries.forEach(e -> byDeal.computeIfAbsent(e.deal(), d -> new ArrayList<>()).add(e));
    byDeal.forEach((deal, history) -> assertThat(historyOf(tenant, deal)).as("history of %s", deal)
        .containsExactlyElementsOf(history.stream().sorted(SEQUENCE_ORDER).toList()));
  }

  /**
   * Up to four deals (ids from the shared pool, whose signed and unsigned orders differ, or
   * random), each with up to six entries at random pool times, and a random filter.
   */
  @Provide
  public Arbitrary<HistoryScenario> historyScenarios() {
    return Arbitraries.randomValue(random -> {
      Set<DealId> deals = new LinkedHashSet<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        UUID id = random.nextBoolean() ? ValuePools.pick(random, ValuePools.REFERENCES) : ValuePools.uuid(random);
        deals.add(DealId.of(id));
      }
      List<DealChange> entries = new ArrayList<>();
      for (DealId deal : deals) {
        entries.addAll(DealChangeSamples.history(random, PLACEHOLDER, deal, 1 + random.nextInt(6),
            n -> ValuePools.pick(random, ValuePools.INSTANTS)));
      }
      RandomQueries<DealChange> queries = RandomQueries.over(random, FIELDS, entries);
      return new HistoryScenario(entries, queries.filterOrAll(), random.nextLong());
    });
  }

  // ---------------------------------------------------------------- helpers

  private void assertScan(TenantId tenant, Filter<DealChange> filter, List<DealChange> ordered) {
    List<DealChange> expected = ordered.stream().filter(filter::test).toList();
    assertThat(scan(tenant, filter)).as("scan with filter %s", filter).containsExactlyElementsOf(expected);
  }

  private void append(List<DealChange> entries) {
    store().write(tx -> {
      tx.dealHistory().append(entries);
      return null;
    });
  }

  private List<DealChange> historyOf(TenantId tenant, DealId deal) {
    return store().read(tx -> tx.dealHistory().historyOf(tenant, deal));
  }

  private List<DealChange> scan(TenantId tenant, Filter<DealChange> filter) {
    return store().read(tx -> {
      try (Stream<DealChange> rows = tx.dealHistory().scan(tenant, filter)) {
        return rows.toList();
      }
    });
  }

  /** {@code n} minutes after {@code T0}: entry {@code n} of an ordinary history. */
  private static Instant minute(int n) {
    return at(60L * n);
  }

  private static DealChange entry(TenantId tenant, DealId deal, long sequence, DealAction action,
      Optional<DealSnapshot> before, DealSnapshot after, Actor actor, Instant at) {
    return new DealChange(DealChangeId.of(UUID.randomUUID()), tenant, deal, sequence, action, before, after, actor, at);
  }

  /** Empty when {@code work} commits, else the type of the store exception it failed with. */
  private static Optional<Class<?>> outcome(java.util.function.Supplier<?> work) {
    try {
      retryTransient(work);
      return Optional.empty();
    } catch (CrmException e) {
      return Optional.of(e.getClass());
    }
  }

  private static void awaitRival(CountDownLatch appended) {
    try {
      appended.await(RIVAL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the rival append", e);
    }
  }

  /**
   * Deal histories and a filter to scan them with.
   *
   * @param entries the entries, in a placeholder tenant
   * @param filter the filter
   * @param seed decides the order and batches of the appends
   */
  record HistoryScenario(List<DealChange> entries, Filter<DealChange> filter, long seed) {}
}
