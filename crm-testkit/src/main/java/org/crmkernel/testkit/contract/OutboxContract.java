package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox: messages read back as appended; {@code claimDue} takes due messages of every
 * tenant, oldest first, and leases them so that no other claim gets them until the lease ends;
 * delivered messages are never claimed again and can be purged; failed ones are due again at
 * their retry time; concurrent claimers never share a message within one lease.
 *
 * <p>Claims, counts and purges span all tenants by design, so these tests need the outbox to
 * themselves while they run. Before each test, messages left due by others are leased to late
 * 2037 and delivered ones purged; the tests themselves work around {@code T0} (2030), within the
 * range of every SQL timestamp type.
 */
public abstract class OutboxContract extends StoreContractSupport {

  private static final Instant AFTER_EVERY_TEST = Instant.parse("2037-01-01T00:00:00Z");
  private static final Instant OUT_OF_THE_WAY = Instant.parse("2037-12-31T00:00:00Z");

  private final Random random = new Random();

  /** For subclasses. */
  protected OutboxContract() {}

  /** Leases what others left due to late 2037 and purges what others delivered, so that claims see only this test's messages. */
  @BeforeEach
  public void clearTheWay() {
    store().write(tx -> {
      while (!tx.outbox().claimDue(AFTER_EVERY_TEST, OUT_OF_THE_WAY, 1_000).isEmpty()) {
        // each claim moves what it took past AFTER_EVERY_TEST, so the loop ends
      }
      return tx.outbox().purgeDelivered(AFTER_EVERY_TEST);
    });
  }

  /** An appended message is found as appended, only in its own tenant. */
  @Test
  public void appendedMessageIsFoundAsAppended() {
    TenantId tenant = newTenant();
    OutboxMessage message = LogSamples.message(tenant, at(0));
    append(message);
    assertThat(outboxMessage(tenant, message.eventId())).contains(message);
    assertThat(outboxMessage(newTenant(), message.eventId())).isEmpty();
    assertThat(outboxMessage(tenant, EventId.of(java.util.UUID.randomUUID()))).isEmpty();
  }

  /** An event id that is taken fails the append, and the unit of work writes nothing. */
  @Test
  public void takenEventIdFailsTheAppend() {
    TenantId tenant = newTenant();
    OutboxMessage first = LogSamples.message(tenant, at(0));
    append(first);
    OutboxMessage second = LogSamples.message(tenant, at(1));
    assertThatThrownBy(() -> append(second, first)).isInstanceOf(DuplicateRecordException.class);
    assertThat(outboxMessage(tenant, second.eventId())).isEmpty();
  }

  /** A claim takes only messages due at its time, oldest first, up to its limit, across tenants. */
  @Test
  public void claimTakesDueMessagesOldestFirst() {
    TenantId one = newTenant();
    TenantId other = newTenant();
    OutboxMessage m0 = LogSamples.message(one, at(0));
    OutboxMessage m10 = LogSamples.message(other, at(10));
    OutboxMessage m20 = LogSamples.message(one, at(20));
    OutboxMessage m30 = LogSamples.message(other, at(30));
    List<OutboxMessage> shuffled = new ArrayList<>(List.of(m0, m10, m20, m30));
    Collections.shuffle(shuffled, random);
    append(shuffled.toArray(OutboxMessage[]::new));

    assertThat(claim(at(20), at(100), 2)).as("the two oldest due messages").containsExactly(m0, m10);
    assertThat(claim(at(20), at(100), 10)).as("the rest of the due messages").containsExactly(m20);
    assertThat(claim(at(29), at(100), 10)).as("nothing is due before 30 s").isEmpty();
    assertThat(outboxMessage(one, m0.eventId())).contains(m0.claimedUntil(at(100)));
    assertThat(outboxMessage(other, m30.eventId())).contains(m30);
  }

  /** A claimed message is not due again before its lease ends, and is due again when it ends. */
  @Test
  public void leaseHidesMessageUntilItEnds() {
    TenantId tenant = newTenant();
    OutboxMessage message = LogSamples.message(tenant, at(0));
    append(message);
    assertThat(claim(at(0), at(60), 10)).containsExactly(message);
    assertThat(claim(at(59), at(120), 10)).as("claim while the lease runs").isEmpty();
    assertThat(claim(at(60), at(120), 10)).as("claim when the lease has ended")
        .containsExactly(message.claimedUntil(at(60)));
    assertThat(outboxMessage(tenant, message.eventId())).contains(message.claimedUntil(at(120)));
  }

  /** A delivered message is never claimed again and no longer counts as undelivered. */
  @Test
  public void deliveredMessageIsDone() {
    TenantId tenant = newTenant();
    OutboxMessage delivered = LogSamples.message(tenant, at(0));
    OutboxMessage pending = LogSamples.message(tenant, at(1));
    long before = countUndelivered();
    append(delivered, pending);
    assertThat(countUndelivered()).isEqualTo(before + 2);
    assertThat(claim(at(1), at(60), 10)).containsExactly(delivered, pending);
    store().write(tx -> {
      tx.outbox().markDelivered(tenant, delivered.eventId(), at(5));
      return null;
    });
    assertThat(outboxMessage(tenant, delivered.eventId())).contains(delivered.claimedUntil(at(60)).delivered(at(5)));
    assertThat(countUndelivered()).isEqualTo(before + 1);
    assertThat(claim(at(100_000), at(200_000), 10)).containsExactly(pending.claimedUntil(at(60)));
  }

  /** A failed attempt counts, keeps its error and makes the message due again at the retry time. */
  @Test
  public void failedMessageIsDueAgainAtRetry() {
    TenantId tenant = newTenant();
    OutboxMessage message = LogSamples.message(tenant, at(0));
    append(message);
    claim(at(0), at(60), 10);
    store().write(tx -> {
      tx.outbox().markFailed(tenant, message.eventId(), "receiver down", at(30));
      return null;
    });
    OutboxMessage failed = message.claimedUntil(at(60)).failed("receiver down", at(30));
    assertThat(outboxMessage(tenant, message.eventId())).contains(failed);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(claim(at(29), at(90), 10)).isEmpty();
    assertThat(claim(at(30), at(90), 10)).containsExactly(failed);
    store().write(tx -> {
      tx.outbox().markFailed(tenant, message.eventId(), "still down", at(200));
      return null;
    });
    assertThat(outboxMessage(tenant, message.eventId()))
        .contains(failed.claimedUntil(at(90)).failed("still down", at(200)));
  }

  /** Purging removes exactly the messages delivered before the cutoff. */
  @Test
  public void purgeRemovesMessagesDeliveredBeforeCutoff() {
    TenantId tenant = newTenant();
    OutboxMessage early = LogSamples.message(tenant, at(0));
    OutboxMessage late = LogSamples.message(tenant, at(1));
    OutboxMessage pending = LogSamples.message(tenant, at(2));
    append(early, late, pending);
    store().write(tx -> {
      tx.outbox().markDelivered(tenant, early.eventId(), at(10));
      tx.outbox().markDelivered(tenant, late.eventId(), at(20));
      return null;
    });
    assertThat(purge(at(10))).as("nothing was delivered before 10 s").isZero();
    assertThat(purge(at(20))).isEqualTo(1);
    assertThat(outboxMessage(tenant, early.eventId())).isEmpty();
    assertThat(outboxMessage(tenant, late.eventId())).isPresent();
    assertThat(purge(at(1_000))).isEqualTo(1);
    assertThat(outboxMessage(tenant, late.eventId())).isEmpty();
    assertThat(outboxMessage(tenant, pending.eventId())).contains(pending);
  }

  /**
   * Another tenant's message is never found, and marking it through the wrong tenant fails as
   * not found and changes nothing; so does marking an unknown message.
   */
  @Test
  public void otherTenantsMessagesAreUntouchable() {
    TenantId mine = newTenant();
    TenantId theirs = newTenant();
    OutboxMessage foreign = LogSamples.message(theirs, at(0));
    append(foreign);
    assertThat(outboxMessage(mine, foreign.eventId())).isEmpty();
    for (EventId id : List.of(foreign.eventId(), EventId.of(java.util.UUID.randomUUID()))) {
      RecordRef expected = new RecordRef(RecordKind.OUTBOX_MESSAGE, id.value());
      assertThatThrownBy(() -> store().write(tx -> {
        tx.outbox().markDelivered(mine, id, at(5));
        return null;
      })).isInstanceOfSatisfying(RecordNotFoundException.class, e -> assertThat(e.record()).isEqualTo(expected));
      assertThatThrownBy(() -> store().write(tx -> {
        tx.outbox().markFailed(mine, id, "wrong tenant", at(5));
        return null;
      })).isInstanceOfSatisfying(RecordNotFoundException.class, e -> assertThat(e.record()).isEqualTo(expected));
    }
    assertThat(outboxMessage(theirs, foreign.eventId())).contains(foreign);
  }

  /** Claimers running at once never get the same message within one lease, and together get every due one. */
  @Test
  public void concurrentClaimersNeverShareAMessage() throws Exception {
    TenantId tenant = newTenant();
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      messages.add(LogSamples.message(tenant, at(i)));
    }
    append(messages.toArray(OutboxMessage[]::new));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<EventId>>> claimers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        claimers.add(pool.submit(() -> {
          List<EventId> claimed = new ArrayList<>();
          for (List<OutboxMessage> batch = claimRetrying(); !batch.isEmpty(); batch = claimRetrying()) {
            batch.forEach(m -> claimed.add(m.eventId()));
          }
          return claimed;
        }));
      }
      List<EventId> all = new ArrayList<>();
      for (Future<List<EventId>> claimer : claimers) {
        all.addAll(claimer.get(120, TimeUnit.SECONDS));
      }
      assertThat(all).as("claimed event ids").doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(messages.stream().map(OutboxMessage::eventId).toList());
    } finally {
      pool.shutdownNow();
    }
  }

  private List<OutboxMessage> claimRetrying() {
    for (int attempt = 1; ; attempt++) {
      try {
        return claim(at(1_000), at(10_000), 3);
      } catch (StoreFailureException e) {
        if (!e.isTransient() || attempt >= 100) {
          throw e;
        }
      }
    }
  }

  private void append(OutboxMessage... messages) {
    store().write(tx -> {
      tx.outbox().append(List.of(messages));
      return null;
    });
  }

  private List<OutboxMessage> claim(Instant now, Instant leaseUntil, int limit) {
    return store().write(tx -> tx.outbox().claimDue(now, leaseUntil, limit));
  }

  private int purge(Instant cutoff) {
    return store().write(tx -> tx.outbox().purgeDelivered(cutoff));
  }

  private long countUndelivered() {
    return store().read(tx -> tx.outbox().countUndelivered());
  }
}
