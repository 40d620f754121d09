/**
 * Machinery shared by the kernel's services: the {@link org.crmkernel.internal.Kernel} a {@code
 * Crm} is made of, the acting {@link org.crmkernel.internal.SessionContext}, the {@link
 * org.crmkernel.internal.UnitOfWork} that makes one call one transaction with its audit entries
 * and events, input validation and event encoding. Not exported; used by crm-core only.
 */
@NullMarked
package org.crmkernel.internal;

import org.jspecify.annotations.NullMarked;
