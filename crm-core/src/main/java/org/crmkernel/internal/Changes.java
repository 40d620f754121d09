package org.crmkernel.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.AuditEntryId;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.StoreTransaction;

/**
 * One write call's unit of work: the store transaction, the call's time and correlation id, and
 * the audit entries and events it has recorded. They are appended to the audit log and outbox
 * together, at the end of the unit of work, so they commit with the change or not at all.
 */
public final class Changes {

  private final StoreTransaction tx;
  private final SessionContext session;
  private final Instant now;
  private final CorrelationId correlationId;
  private final EventCodec codec;
  private final List<AuditEntry> audit = new ArrayList<>(2);
  private final List<OutboxMessage> outbox = new ArrayList<>(2);
  private final List<DomainEvent> events = new ArrayList<>(2);
  private boolean accessVersionBumped;

  Changes(StoreTransaction tx, SessionContext session, EventCodec codec) {
    this.tx = tx;
    this.session = session;
    this.now = session.now();
    this.correlationId = session.correlationForCall();
    this.codec = codec;
  }

  /** The store transaction. */
  public StoreTransaction tx() {
    return tx;
  }

  /** The acting session. */
  public SessionContext session() {
    return session;
  }

  /** The tenant. */
  public TenantId tenantId() {
    return session.tenantId();
  }

  /** The time of this call: every record, entry and event of it carries the same instant. */
  public Instant now() {
    return now;
  }

  /**
   * Records an audited change of {@code record} and the event that reports it. {@code version}
   * is the record's version after the change (0 after a delete).
   */
  public void record(AuditOperation operation, EventType event, RecordRef record, long version, List<FieldChange> changes) {
    var clock = session.kernel().clock();
    audit.add(new AuditEntry(AuditEntryId.generate(clock), tenantId(), session.actor(), now, operation, record,
        changes, correlationId));
    DomainEvent domainEvent = new DomainEvent(EventId.generate(clock), tenantId(), event, record, version,
        session.actor(), now, correlationId, changes);
    events.add(domainEvent);
    // While this JVM delivers right after commit, the message is not due for other relays yet.
    outbox.add(new OutboxMessage(domainEvent.id(), tenantId(), event.wireName(), codec.encode(domainEvent), now, 0,
        now.plus(session.kernel().firstAttemptDelay()), java.util.Optional.empty(), java.util.Optional.empty()));
  }

  /** Whether this unit of work already stored a new access settings version. */
  boolean accessVersionBumped() {
    return accessVersionBumped;
  }

  void markAccessVersionBumped() {
    accessVersionBumped = true;
  }

  /** Whether this unit of work changed something compiled access scopes depend on. */
  boolean changedAccess() {
    return accessVersionBumped;
  }

  /** Appends what was recorded to the audit log and the outbox; returns the events. */
  List<DomainEvent> flush() {
    if (!audit.isEmpty()) {
      tx.auditLog().append(audit);
    }
    if (!outbox.isEmpty()) {
      tx.outbox().append(outbox);
    }
    return List.copyOf(events);
  }
}
