/** Per-tenant settings: {@link org.crmkernel.model.tenant.TenantProfile}. */
@NullMarked
package org.crmkernel.model.tenant;

import org.jspecify.annotations.NullMarked;
