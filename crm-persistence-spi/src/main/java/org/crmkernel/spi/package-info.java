/**
 * The storage contract. {@link org.crmkernel.spi.CrmStore} runs a unit of work and hands it one
 * store per aggregate ({@link org.crmkernel.spi.Accounts}, {@link org.crmkernel.spi.Contacts},
 * ...), plus the append-only {@link org.crmkernel.spi.AuditLog} and the {@link
 * org.crmkernel.spi.Outbox}. Optional capabilities are sub-interfaces such as {@link
 * org.crmkernel.spi.BulkInsert} and {@link org.crmkernel.spi.BulkUpdate}: a minimal adapter implements none and stays small; the kernel
 * falls back to a correct path. Also the host-facing SPIs for notifications and tenant settings.
 * Depends on {@code model} only; never on {@code java.sql}.
 */
@NullMarked
package org.crmkernel.spi;

import org.jspecify.annotations.NullMarked;
