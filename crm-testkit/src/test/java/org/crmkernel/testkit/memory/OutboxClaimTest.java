package org.crmkernel.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.testkit.fixtures.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Outbox claims as leases under concurrency, and outbox changes racing each other. */
class OutboxClaimTest {

  private static final Instant T0 = TestRecords.DEFAULT_TIME;
  private static final Instant NOW = T0.plusSeconds(10);
  private static final Instant LEASE = NOW.plusSeconds(30);

  private final InMemoryCrmStore store = InMemoryCrmStore.create();
  private final TenantId tenant = TestRecords.newTenant();
  private final TenantId otherTenant = TestRecords.newTenant();
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void aMessageClaimedByARunningUnitOfWorkIsSkippedByAConcurrentRelay() throws Exception {
    List<OutboxMessage> messages = appendDue(6);
    CountDownLatch firstClaimed = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    Future<List<OutboxMessage>> first = threads.submit(() -> store.write(tx -> {
      List<OutboxMessage> claimed = tx.outbox().claimDue(NOW, LEASE, 3);
      firstClaimed.countDown();
      ConcurrentCommitTest.await(secondDone);
      return claimed;
    }));
    ConcurrentCommitTest.await(firstClaimed);
    List<OutboxMessage> second = store.write(tx -> tx.outbox().claimDue(NOW, LEASE, 10));
    secondDone.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).containsExactlyElementsOf(messages.subList(0, 3));
    assertThat(second).containsExactlyElementsOf(messages.subList(3, 6));
    List<OutboxMessage> third = store.write(tx -> tx.outbox().claimDue(NOW, LEASE, 10));
    assertThat(third).isEmpty();
  }

  @Test
  void aRolledBackClaimLeavesTheMessageDueAndUnclaimed() {
    List<OutboxMessage> messages = appendDue(2);
    store.write(tx -> {
      assertThat(tx.outbox().claimDue(NOW, LEASE, 10)).hasSize(2);
      tx.setRollbackOnly();
      return null;
    });
    List<OutboxMessage> again = store.write(tx -> tx.outbox().claimDue(NOW, LEASE, 10));
    assertThat(again).containsExactlyElementsOf(messages);
  }

  @Test
  void aDeliveryCommittedDuringAClaimIsKeptAndTheClaimStillCommits() throws Exception {
    OutboxMessage message = appendDue(1).get(0);
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch delivered = new CountDownLatch(1);
    Future<List<OutboxMessage>> relay = threads.submit(() -> store.write(tx -> {
      List<OutboxMessage> mine = tx.outbox().claimDue(NOW, LEASE, 10);
      claimed.countDown();
      ConcurrentCommitTest.await(delivered);
      return mine;
    }));
    ConcurrentCommitTest.await(claimed);
    store.write(tx -> {
      tx.outbox().markDelivered(tenant, message.eventId(), NOW);
      return null;
    });
    delivered.countDown();

    assertThat(relay.get(10, TimeUnit.SECONDS)).containsExactly(message);
    OutboxMessage stored = find(message.eventId()).orElseThrow();
    assertThat(stored.deliveredAt()).contains(NOW);
    assertThat(stored.attempts()).isEqualTo(1);
    assertThat(stored.nextAttemptAt()).isEqualTo(LEASE);
    long undelivered = store.read(tx -> tx.outbox().countUndelivered());
    assertThat(undelivered).isZero();
  }

  @Test
  void twoConcurrentFailuresBothCountAsAttempts() throws Exception {
    OutboxMessage message = appendDue(1).get(0);
    CountDownLatch firstMarked = new CountDownLatch(1);
    CountDownLatch secondMarked = new CountDownLatch(1);
    Future<?> first = threads.submit(() -> store.write(tx -> {
      tx.outbox().markFailed(tenant, message.eventId(), "first", NOW.plusSeconds(1));
      firstMarked.countDown();
      ConcurrentCommitTest.await(secondMarked);
      return null;
    }));
    ConcurrentCommitTest.await(firstMarked);
    store.write(tx -> {
      tx.outbox().markFailed(tenant, message.eventId(), "second", NOW.plusSeconds(2));
      return null;
    });
    secondMarked.countDown();
    first.get(10, TimeUnit.SECONDS);

    OutboxMessage stored = find(message.eventId()).orElseThrow();
    assertThat(stored.attempts()).isEqualTo(2);
    assertThat(stored.lastError()).contains("first");
    assertThat(stored.nextAttemptAt()).isEqualTo(NOW.plusSeconds(1));
  }

  @Test
  void concurrentRelaysClaimEveryMessageExactlyOnce() throws Exception {
    List<OutboxMessage> messages = appendDue(400);
    int relays = 4;
    List<Future<List<OutboxMessage>>> outcomes = new ArrayList<>();
    for (int r = 0; r < relays; r++) {
      outcomes.add(threads.submit(() -> {
        List<OutboxMessage> mine = new ArrayList<>();
        while (true) {
          List<OutboxMessage> batch = store.write(tx -> tx.outbox().claimDue(NOW, LEASE, 7));
          if (batch.isEmpty()) {
            return mine;
          }
          mine.addAll(batch);
          store.write(tx -> {
            batch.forEach(m -> tx.outbox().markDelivered(m.tenantId(), m.eventId(), NOW));
            return null;
          });
        }
      }));
    }
    List<EventId> claimed = new ArrayList<>();
    for (Future<List<OutboxMessage>> outcome : outcomes) {
      outcome.get(60, TimeUnit.SECONDS).forEach(m -> claimed.add(m.eventId()));
    }
    assertThat(claimed).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(messages.stream().map(OutboxMessage::eventId).toList());
    long undelivered = store.read(tx -> tx.outbox().countUndelivered());
    assertThat(undelivered).isZero();
  }

  @Test
  void aClaimSeesTheUnitOfWorksOwnMessagesAndOtherTenantsOldestFirst() {
    OutboxMessage older = TestRecords.outboxMessage(otherTenant).occurredAt(T0.minusSeconds(5)).build();
    OutboxMessage committed = appendDue(1).get(0);
    OutboxMessage notYetDue = TestRecords.outboxMessage(tenant).nextAttemptAt(NOW.plusSeconds(1)).build();
    store.write(tx -> {
      tx.outbox().append(List.of(notYetDue));
      return null;
    });
    List<OutboxMessage> claimed = store.write(tx -> {
      tx.outbox().append(List.of(older));
      assertThat(tx.outbox().countUndelivered()).isEqualTo(3);
      List<OutboxMessage> mine = tx.outbox().claimDue(NOW, LEASE, 10);
      assertThat(tx.outbox().find(otherTenant, older.eventId()).orElseThrow().nextAttemptAt()).isEqualTo(LEASE);
      assertThat(tx.outbox().claimDue(NOW, LEASE, 10)).isEmpty();
      return mine;
    });
    assertThat(claimed).containsExactly(older, committed);
    assertThat(find(committed.eventId()).orElseThrow().nextAttemptAt()).isEqualTo(LEASE);
  }

  @Test
  void aClaimThatFindsEveryDueMessageTakenReturnsNothing() throws Exception {
    appendDue(1);
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch checked = new CountDownLatch(1);
    Future<?> holder = threads.submit(() -> store.write(tx -> {
      tx.outbox().claimDue(NOW, LEASE, 10);
      claimed.countDown();
      ConcurrentCommitTest.await(checked);
      tx.setRollbackOnly();
      return null;
    }));
    ConcurrentCommitTest.await(claimed);
    List<OutboxMessage> none = store.write(tx -> tx.outbox().claimDue(NOW, LEASE, 10));
    checked.countDown();
    holder.get(10, TimeUnit.SECONDS);
    assertThat(none).isEmpty();
    List<OutboxMessage> released = store.write(tx -> tx.outbox().claimDue(NOW, LEASE, 10));
    assertThat(released).hasSize(1);
  }

  @Test
  void changingAnUnknownOrForeignMessageFailsAsNotFound() {
    EventId unknown = TestRecords.outboxMessage(tenant).build().eventId();
    assertThatThrownBy(() -> store.write(tx -> {
      tx.outbox().markDelivered(tenant, unknown, NOW);
      return null;
    })).isInstanceOfSatisfying(RecordNotFoundException.class,
        e -> assertThat(e.record()).isEqualTo(new RecordRef(RecordKind.OUTBOX_MESSAGE, unknown.value())));
    OutboxMessage foreign = appendDue(1).get(0);
    assertThatThrownBy(() -> store.write(tx -> {
      tx.outbox().markFailed(otherTenant, foreign.eventId(), "wrong tenant", NOW);
      return null;
    })).isInstanceOf(RecordNotFoundException.class);
    assertThat(find(foreign.eventId())).contains(foreign);
  }

  @Test
  void purgingRemovesOnlyMessagesDeliveredBeforeTheCutoff() {
    List<OutboxMessage> messages = appendDue(3);
    store.write(tx -> {
      tx.outbox().markDelivered(tenant, messages.get(0).eventId(), NOW);
      tx.outbox().markDelivered(tenant, messages.get(1).eventId(), NOW.plusSeconds(100));
      return null;
    });
    int purged = store.write(tx -> tx.outbox().purgeDelivered(NOW.plusSeconds(50)));
    assertThat(purged).isEqualTo(1);
    assertThat(find(messages.get(0).eventId())).isEmpty();
    assertThat(find(messages.get(1).eventId())).isPresent();
    assertThat(find(messages.get(2).eventId())).isPresent();
  }

  private List<OutboxMessage> appendDue(int count) {
    List<OutboxMessage> messages = new ArrayList<>();
    Set<EventId> ids = new HashSet<>();
    for (int i = 0; i < count; i++) {
      OutboxMessage message = TestRecords.outboxMessage(tenant).occurredAt(T0.plusMillis(i)).build();
      messages.add(message);
      ids.add(message.eventId());
    }
    assertThat(ids).hasSize(count);
    store.write(tx -> {
      tx.outbox().append(messages);
      return null;
    });
    return messages;
  }

  private Optional<OutboxMessage> find(EventId id) {
    return store.read(tx -> tx.outbox().find(tenant, id));
  }
}
