/**
 * Customers through a session: {@link org.crmkernel.customer.AccountService}, {@link
 * org.crmkernel.customer.ContactService} and {@link org.crmkernel.customer.LeadService}, and the
 * drafts callers fill in. Implemented in {@code customer.internal}.
 */
@NullMarked
package org.crmkernel.customer;

import org.jspecify.annotations.NullMarked;
