package org.crmkernel.spi;

import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.id.FieldSecurityProfileId;

/** Field security profiles. */
public interface FieldSecurityProfiles extends RecordStore<FieldSecurityProfileId, FieldSecurityProfile> {}
