package org.crmkernel.audit.internal;

import java.util.Optional;
import org.crmkernel.audit.AuditTrail;
import org.crmkernel.customer.internal.OwnedRecords;
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
      return tx.auditLog().query(session.tenantId(), filter, limit, after);
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
      session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.AUDIT_ENTRY, Guard.WHOLE_KIND);
      return tx.auditLog().query(session.tenantId(), filter, limit, after);
    });
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
      session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.AUDIT_ENTRY, Guard.WHOLE_KIND);
      return tx.auditLog().count(session.tenantId(), filter);
    });
  }
}
