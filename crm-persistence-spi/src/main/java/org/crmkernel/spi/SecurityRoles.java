package org.crmkernel.spi;

import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.id.RoleId;

/** Security roles. */
public interface SecurityRoles extends RecordStore<RoleId, SecurityRole> {}
