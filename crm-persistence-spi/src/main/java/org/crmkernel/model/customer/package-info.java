/**
 * Customers: {@link org.crmkernel.model.customer.Account} (organisations), {@link
 * org.crmkernel.model.customer.Contact} (people) and {@link org.crmkernel.model.customer.Lead}
 * (unqualified prospects), with the field constants queries use. Records refer to each other by
 * id only. Depends on the other {@code model} packages.
 */
@NullMarked
package org.crmkernel.model.customer;

import org.jspecify.annotations.NullMarked;
