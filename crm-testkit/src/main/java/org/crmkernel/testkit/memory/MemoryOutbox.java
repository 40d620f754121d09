package org.crmkernel.testkit.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.Outbox;
import org.crmkernel.testkit.memory.Changes.Change;
import org.crmkernel.testkit.memory.OutboxTable.QueueKey;
import org.jspecify.annotations.Nullable;

/**
 * The outbox as one unit of work sees it. Changes to messages (claims, deliveries, failures,
 * purges) are committed or rolled back with the unit of work and, as SQL updates would, are
 * redone at commit on a message that another unit of work changed meanwhile, so relays never
 * fail on each other. While the unit of work runs, the store records it as the claimer of each
 * committed message it claimed, so that a concurrent relay skips those messages instead of
 * claiming them a second time.
 */
final class MemoryOutbox implements Outbox {

  private final MemoryTransaction tx;
  private final OutboxTable table;

  MemoryOutbox(MemoryTransaction tx, OutboxTable table) {
    this.tx = tx;
    this.table = table;
  }

  @Override
  public void append(List<OutboxMessage> messages) {
    List<OutboxMessage> batch = List.copyOf(messages);
    tx.checkWritable();
    Changes<OutboxMessage> changes = tx.changesFor(table);
    Set<Object> seen = batch.size() > 1 ? new HashSet<>() : Set.of();
    for (OutboxMessage message : batch) {
      boolean repeated = batch.size() > 1 && !seen.add(List.of(message.tenantId(), message.eventId()));
      if (repeated || Visible.row(table, changes, message.tenantId(), message.eventId().value()) != null) {
        throw new DuplicateRecordException(OutboxTable.refOf(message), "the event id is taken");
      }
    }
    for (OutboxMessage message : batch) {
      TenantId tenant = message.tenantId();
      UUID id = message.eventId().value();
      changes.put(tenant, id, message, changes.get(tenant, id), null);
    }
  }

  @Override
  public List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    tx.checkWritable();
    Changes<OutboxMessage> changes = tx.changesFor(table);
    List<OutboxMessage> claimed = new ArrayList<>(Math.min(limit, 256));
    Iterator<QueueKey> queue = queue(changes);
    Set<QueueKey> seenOwn = new HashSet<>();
    while (claimed.size() < limit && queue.hasNext()) {
      QueueKey key = queue.next();
      Change<OutboxMessage> own = changes.get(key.tenant(), key.eventId());
      if (own != null) {
        if (!seenOwn.add(key)) {
          continue; // both committed and changed here: the queue names it twice
        }
        OutboxMessage mine = own.value();
        if (mine != null && isDue(mine, now) && (own.base() == null || claimCommitted(key, now) != null)) {
          changes.put(key.tenant(), key.eventId(), mine.claimedUntil(leaseUntil), own, null,
              message -> message.claimedUntil(leaseUntil));
          claimed.add(mine);
        }
        continue;
      }
      OutboxMessage committed = claimCommitted(key, now);
      if (committed == null) {
        continue;
      }
      changes.put(key.tenant(), key.eventId(), committed.claimedUntil(leaseUntil), null, committed,
          message -> message.claimedUntil(leaseUntil));
      claimed.add(committed);
    }
    return List.copyOf(claimed);
  }

  @Override
  public void markDelivered(TenantId tenant, EventId eventId, Instant at) {
    Objects.requireNonNull(at, "at");
    change(tenant, eventId, message -> message.delivered(at));
  }

  @Override
  public void markFailed(TenantId tenant, EventId eventId, String error, Instant retryAt) {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(retryAt, "retryAt");
    change(tenant, eventId, message -> message.failed(error, retryAt));
  }

  @Override
  public Optional<OutboxMessage> find(TenantId tenant, EventId eventId) {
    Objects.requireNonNull(tenant, "tenant");
    tx.checkUsable();
    return Optional.ofNullable(Visible.row(table, tx.changesOf(table), tenant, eventId.value()));
  }

  @Override
  public long countUndelivered() {
    tx.checkUsable();
    Changes<OutboxMessage> changes = tx.changesOf(table);
    return tx.store().consistently(() -> {
      long count = table.undeliveredCount();
      if (changes != null) {
        for (Map.Entry<TenantId, TreeMap<UUID, Change<OutboxMessage>>> tenant : changes.byTenant().entrySet()) {
          for (Map.Entry<UUID, Change<OutboxMessage>> row : tenant.getValue().entrySet()) {
            OutboxMessage committed = table.get(tenant.getKey(), row.getKey());
            OutboxMessage mine = row.getValue().value();
            count += (isUndelivered(mine) ? 1 : 0) - (isUndelivered(committed) ? 1 : 0);
          }
        }
      }
      return count;
    });
  }

  @Override
  public int purgeDelivered(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    tx.checkWritable();
    Changes<OutboxMessage> changes = tx.changesFor(table);
    Set<TenantId> tenants = new HashSet<>(table.tenants());
    tenants.addAll(changes.byTenant().keySet());
    int purged = 0;
    for (TenantId tenant : tenants) {
      List<UUID> expired = new ArrayList<>();
      Visible.forEach(table, changes, tenant, message -> {
        if (isDeliveredBefore(message, cutoff)) {
          expired.add(message.eventId().value());
        }
      });
      for (UUID id : expired) {
        Change<OutboxMessage> own = changes.get(tenant, id);
        OutboxMessage committed = own == null ? table.get(tenant, id) : null;
        OutboxMessage current = own != null ? own.value() : committed;
        if (current != null && isDeliveredBefore(current, cutoff)) {
          changes.put(tenant, id, null, own, committed, message -> isDeliveredBefore(message, cutoff) ? null : message);
          purged++;
        }
      }
    }
    return purged;
  }

  /**
   * Claims the committed message for this unit of work and returns it, or returns null if
   * another running unit of work holds it or, read again now that no one else can claim it, it
   * is no longer due (an earlier claimer committed meanwhile).
   */
  private @Nullable OutboxMessage claimCommitted(QueueKey key, Instant now) {
    ClaimKey claim = new ClaimKey(key.tenant(), key.eventId());
    if (!tx.store().claim(claim, tx)) {
      return null;
    }
    OutboxMessage committed = table.get(key.tenant(), key.eventId());
    if (committed == null || !isDue(committed, now)) {
      tx.store().releaseClaim(claim, tx);
      return null;
    }
    return committed;
  }

  /** Changes one message as {@code next} says; fails if the tenant has no such message. */
  private void change(TenantId tenant, EventId eventId, UnaryOperator<OutboxMessage> next) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(eventId, "eventId");
    tx.checkWritable();
    Changes<OutboxMessage> changes = tx.changesFor(table);
    Change<OutboxMessage> own = changes.get(tenant, eventId.value());
    OutboxMessage committed = own == null ? table.get(tenant, eventId.value()) : null;
    OutboxMessage current = own != null ? own.value() : committed;
    if (current == null) {
      // Also for another tenant's message, so that its existence does not show.
      throw new RecordNotFoundException(new RecordRef(RecordKind.OUTBOX_MESSAGE, eventId.value()));
    }
    changes.put(tenant, eventId.value(), next.apply(current), own, committed, next::apply);
  }

  /**
   * The undelivered messages visible to the unit of work, oldest first: the committed queue
   * merged with the messages this unit of work appended or changed.
   */
  private Iterator<QueueKey> queue(Changes<OutboxMessage> changes) {
    List<QueueKey> mine = new ArrayList<>();
    Map<TenantId, NavigableMap<UUID, Change<OutboxMessage>>> own = new HashMap<>(changes.byTenant());
    for (NavigableMap<UUID, Change<OutboxMessage>> rows : own.values()) {
      for (Change<OutboxMessage> change : rows.values()) {
        OutboxMessage message = change.value();
        if (message != null && !message.isDelivered()) {
          mine.add(QueueKey.of(message));
        }
      }
    }
    mine.sort(QueueKey.ORDER);
    Iterator<QueueKey> committed = table.undelivered().iterator();
    return Visible.merge(committed, mine.iterator(), QueueKey.ORDER);
  }

  private static boolean isDue(OutboxMessage message, Instant now) {
    return !message.isDelivered() && !message.nextAttemptAt().isAfter(now);
  }

  private static boolean isUndelivered(@Nullable OutboxMessage message) {
    return message != null && !message.isDelivered();
  }

  private static boolean isDeliveredBefore(OutboxMessage message, Instant cutoff) {
    return message.deliveredAt().map(at -> at.isBefore(cutoff)).orElse(false);
  }
}
