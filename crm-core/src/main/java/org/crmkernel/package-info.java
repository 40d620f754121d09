/**
 * The kernel's front door: {@link org.crmkernel.Crm}, built once per store, and the {@link
 * org.crmkernel.CrmSession} through which someone acts in one tenant. The exception hierarchy
 * lives in {@code org.crmkernel.model.error} so that stores throw the same types.
 */
@NullMarked
package org.crmkernel;

import org.jspecify.annotations.NullMarked;
