package org.crmkernel.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.id.AuditEntryId;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.TransactionMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one facade call as one store transaction. A call denied by access checks writes nothing
 * of its own; the denial is audited afterwards, in a transaction of its own.
 */
public final class UnitOfWork {

  private static final Logger LOG = LoggerFactory.getLogger(UnitOfWork.class);

  private final EventCodec codec;

  /** A runner that encodes events with {@code codec}. */
  public UnitOfWork(EventCodec codec) {
    this.codec = codec;
  }

  /**
   * Runs {@code work} in a read-write transaction; its record changes, audit entries and events
   * commit together. After commit, the kernel's {@link AfterCommit} hears of the events.
   */
  public <T> T write(SessionContext session, Function<Changes, T> work) {
    record Outcome<T>(T value, List<DomainEvent> events, boolean changedAccess) {}
    Outcome<T> outcome;
    try {
      outcome = session.kernel().store().inTransaction(TransactionMode.READ_WRITE, tx -> {
        Changes changes = new Changes(tx, session, codec);
        T value = work.apply(changes);
        return new Outcome<>(value, changes.flush(), changes.changedAccess());
      });
    } catch (AccessDeniedException denied) {
      auditDenial(session, denied);
      throw denied;
    } finally {
      session.kernel().scopes().unitOfWorkEnded();
    }
    if (outcome.changedAccess()) {
      session.kernel().scopes().invalidate(session.tenantId());
    }
    if (!outcome.events().isEmpty()) {
      session.kernel().afterCommit().committed(outcome.events());
    }
    return outcome.value();
  }

  /** Runs {@code work} in a read-only transaction. */
  public <T> T read(SessionContext session, Function<StoreTransaction, T> work) {
    try {
      return session.kernel().store().inTransaction(TransactionMode.READ_ONLY, work::apply);
    } catch (AccessDeniedException denied) {
      auditDenial(session, denied);
      throw denied;
    }
  }

  /** Appends an audit entry of the denial; a failure to do so is logged, never hides the denial. */
  private static void auditDenial(SessionContext session, AccessDeniedException denied) {
    try {
      session.kernel().store().inTransaction(TransactionMode.READ_WRITE, tx -> {
        AuditEntry entry = new AuditEntry(AuditEntryId.generate(session.kernel().clock()), session.tenantId(),
            session.actor(), session.now(), AuditOperation.ACCESS_DENIED, denied.record(),
            List.of(FieldChange.of("privilege", Optional.empty(), Optional.of(denied.privilege()))),
            session.correlationForCall());
        tx.auditLog().append(List.of(entry));
        return null;
      });
    } catch (RuntimeException e) {
      LOG.warn("could not audit an access denial of {} on {}", denied.privilege(), denied.record(), e);
    }
  }
}
