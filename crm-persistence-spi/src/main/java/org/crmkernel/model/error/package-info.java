/**
 * The exception hierarchy under {@link org.crmkernel.model.error.CrmException}. It lives in the
 * smallest jar so that records, stores and the kernel throw the same types: validation (with
 * every {@link org.crmkernel.model.error.Violation}), not found, stale version, duplicate, in
 * use, store failure. Depends only on {@code model.id}.
 */
@NullMarked
package org.crmkernel.model.error;

import org.jspecify.annotations.NullMarked;
