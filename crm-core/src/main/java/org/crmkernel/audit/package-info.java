/** Reading the audit log through a session: {@link org.crmkernel.audit.AuditTrail}. */
@NullMarked
package org.crmkernel.audit;

import org.jspecify.annotations.NullMarked;
