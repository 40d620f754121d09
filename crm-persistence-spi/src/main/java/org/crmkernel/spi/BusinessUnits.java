package org.crmkernel.spi;

import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.id.BusinessUnitId;

/** The business unit tree. */
public interface BusinessUnits extends RecordStore<BusinessUnitId, BusinessUnit> {}
