/**
 * The audit log's entries: {@link org.crmkernel.model.audit.AuditEntry} with field-level {@link
 * org.crmkernel.model.audit.FieldChange}s. Append-only: no type here has a way to change an entry.
 */
@NullMarked
package org.crmkernel.model.audit;

import org.jspecify.annotations.NullMarked;
