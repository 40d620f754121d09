/**
 * What records of every area share: {@link org.crmkernel.model.record.CrmRecord} with its
 * {@link org.crmkernel.model.record.Revision}, ownership, lifecycle state and the acting {@link
 * org.crmkernel.model.record.Actor}. Depends only on {@code model.id}.
 */
@NullMarked
package org.crmkernel.model.record;

import org.jspecify.annotations.NullMarked;
