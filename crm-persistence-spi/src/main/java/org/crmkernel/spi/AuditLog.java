package org.crmkernel.spi;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;

/**
 * The append-only audit log. Entries are read in the order they were written: by time, then
 * id. There is no way to change or remove an entry.
 */
public interface AuditLog {

  /**
   * Appends entries.
   *
   * @throws org.crmkernel.model.error.DuplicateRecordException if an entry id is taken
   */
  void append(List<AuditEntry> entries);

  /**
   * One page of the tenant's entries matching {@code filter}, in log order, after {@code after};
   * {@code next} is present exactly when more entries follow.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the cursor is malformed
   */
  Page<AuditEntry> query(TenantId tenant, Filter<AuditEntry> filter, int limit, Optional<Cursor> after);

  /** How many of the tenant's entries match {@code filter}. */
  long count(TenantId tenant, Filter<AuditEntry> filter);

  /** Every entry of the tenant matching {@code filter}, in log order; close the stream. */
  Stream<AuditEntry> scan(TenantId tenant, Filter<AuditEntry> filter);
}
