package org.crmkernel.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.audit.AuditTrail;
import org.crmkernel.customer.internal.AuditMasking;
import org.crmkernel.customer.internal.OwnedRecords;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Guard;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditFields;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;

/** The kernel's {@link AuditTrail}. */
public final class DefaultAuditTrail implements AuditTrail {

  private final SessionContext session;
  private final UnitOfWork work;

  /** A trail read as {@code session}. */
  public DefaultAuditTrail(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public Page<AuditEntry> historyOf(RecordRef record, int limit, Optional<Cursor> after) {
    Arguments.present(record, "record");
    checkLimit(limit);
    Arguments.present(after, "after");
    Filter<AuditEntry> filter = Filter.and(Filter.eq(AuditFields.RECORD_KIND, record.kind().name()),
        Filter.eq(AuditFields.RECORD_ID, record.id()));
    return work.read(session, tx -> {
      session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.AUDIT_ENTRY, record.id());
      // As Dynamics 365's audit history: the record itself must be readable too, while it exists.
      OwnedRecords.find(tx, session.tenantId(), record)
          .ifPresent(owned -> session.guard().require(tx, Privilege.READ, AccessTarget.of(owned)));
      return masked(tx, tx.auditLog().query(session.tenantId(), filter, limit, after));
    });
  }

  @Override
  public Page<AuditEntry> correlatedWith(CorrelationId correlationId, int limit, Optional<Cursor> after) {
    Arguments.present(correlationId, "correlationId");
    return query(Filter.eq(AuditFields.CORRELATION_ID, correlationId.value()), limit, after);
  }

  @Override
  public Page<AuditEntry> query(Filter<AuditEntry> filter, int limit, Optional<Cursor> after) {
    Arguments.present(filter, "filter");
    Arguments.present(after, "after");
    checkLimit(limit);
    return work.read(session, tx -> {
      requireWholeLog(tx);
      return masked(tx, tx.auditLog().query(session.tenantId(), filter, limit, after));
    });
  }

  /**
   * Reading the log beyond one record's history shows changes of any record, so a user session
   * needs read on the audit log and read across the organisation on every kind the log can name;
   * anyone else reads one record's history at a time ({@link #historyOf}).
   */
  private void requireWholeLog(StoreTransaction tx) {
    session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.AUDIT_ENTRY, Guard.WHOLE_KIND);
    Optional<AccessScope> scope = session.guard().scope(tx);
    if (scope.isEmpty()) {
      return;
    }
    List<String> narrower = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      if (kind.isSecurable() && kind != RecordKind.AUDIT_ENTRY && scope.get().grant(kind, Privilege.READ)
          .map(g -> g.depth() != AccessDepth.ORGANIZATION).orElse(true)) {
        narrower.add(kind.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (!narrower.isEmpty()) {
      throw new AccessDeniedException(scope.get().userId(), Privilege.READ.label(),
          new RecordRef(RecordKind.AUDIT_ENTRY, Guard.WHOLE_KIND), "reading the whole audit log needs read across the "
          + "organisation on every kind, and this user's reaches less on " + String.join(", ", narrower)
          + "; read one record's history instead");
    }
  }

  private Page<AuditEntry> masked(StoreTransaction tx, Page<AuditEntry> page) {
    return session.guard().isSystem() ? page : new Page<>(AuditMasking.mask(tx, session, page.items()), page.next());
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > Query.MAX_LIMIT) {
      throw CrmValidationException.of("limit", "out_of_range", "must be between 1 and " + Query.MAX_LIMIT);
    }
  }

  @Override
  public long count(Filter<AuditEntry> filter) {
    Arguments.present(filter, "filter");
    return work.read(session, tx -> {
      requireWholeLog(tx);
      return tx.auditLog().count(session.tenantId(), filter);
    });
  }
}
