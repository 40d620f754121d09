package org.crmkernel.audit;

import java.util.Optional;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;

/** Reads the tenant's append-only audit log, oldest first. */
public interface AuditTrail {

  /** One page of the history of {@code record}. */
  Page<AuditEntry> historyOf(RecordRef record, int limit, Optional<Cursor> after);

  /** One page of the entries written by one call (or one session with a fixed correlation id). */
  Page<AuditEntry> correlatedWith(CorrelationId correlationId, int limit, Optional<Cursor> after);

  /** One page of the entries matching {@code filter} over {@code AuditFields}. */
  Page<AuditEntry> query(Filter<AuditEntry> filter, int limit, Optional<Cursor> after);

  /** How many entries match {@code filter}. */
  long count(Filter<AuditEntry> filter);
}
