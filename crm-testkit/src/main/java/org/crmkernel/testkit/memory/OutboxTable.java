package org.crmkernel.testkit.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.NavigableSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.jspecify.annotations.Nullable;

/**
 * The committed outbox: messages by tenant and event id, plus an index of every undelivered
 * message of any tenant, oldest first, from which relays claim, and their count.
 */
final class OutboxTable extends Table<OutboxMessage> {

  /** Where an undelivered message sits in the queue: by time, event id, tenant. */
  record QueueKey(Instant occurredAt, UUID eventId, TenantId tenant) {
    /** Oldest first. */
    static final Comparator<QueueKey> ORDER = Comparator.comparing(QueueKey::occurredAt)
        .thenComparing(QueueKey::eventId, Uuid7.UNSIGNED_ORDER)
        .thenComparing(k -> k.tenant().value(), Uuid7.UNSIGNED_ORDER);

    static QueueKey of(OutboxMessage message) {
      return new QueueKey(message.occurredAt(), message.eventId().value(), message.tenantId());
    }
  }

  private final ConcurrentSkipListSet<QueueKey> undelivered = new ConcurrentSkipListSet<>(QueueKey.ORDER);
  // Written only while publishing a commit, under the store's commit lock; read without it.
  private volatile long undeliveredCount;

  OutboxTable(int slot) {
    super(slot, false);
  }

  @Override
  UUID idOf(OutboxMessage row) {
    return row.eventId().value();
  }

  @Override
  TenantId tenantOf(OutboxMessage row) {
    return row.tenantId();
  }

  @Override
  RuntimeException takenMeanwhile(OutboxMessage row) {
    return new DuplicateRecordException(refOf(row), "the event id was taken by a concurrent unit of work");
  }

  @Override
  RuntimeException changedMeanwhile(OutboxMessage read, @Nullable OutboxMessage current) {
    return new StoreFailureException("outbox message " + read.eventId() + " was changed by a concurrent unit of work",
        true, null);
  }

  @Override
  void published(TenantId tenant, UUID id, @Nullable OutboxMessage before, @Nullable OutboxMessage after) {
    long delta = 0;
    if (before != null && !before.isDelivered()) {
      undelivered.remove(QueueKey.of(before));
      delta--;
    }
    if (after != null && !after.isDelivered()) {
      undelivered.add(QueueKey.of(after));
      delta++;
    }
    undeliveredCount += delta;
  }

  /** Every committed undelivered message, oldest first: a live, weakly consistent view. */
  NavigableSet<QueueKey> undelivered() {
    return undelivered;
  }

  /** How many committed messages are undelivered. */
  long undeliveredCount() {
    return undeliveredCount;
  }

  /** A reference to a message, for errors. */
  static RecordRef refOf(OutboxMessage message) {
    return new RecordRef(RecordKind.OUTBOX_MESSAGE, message.eventId().value());
  }
}
