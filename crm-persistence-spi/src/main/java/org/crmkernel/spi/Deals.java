package org.crmkernel.spi;

import org.crmkernel.model.id.DealId;
import org.crmkernel.model.pipeline.Deal;

/** Deals (opportunities). */
public interface Deals extends OwnedRecordStore<DealId, Deal> {}
