package org.crmkernel.spi;

import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.id.LeadId;

/** Leads: unqualified prospects. */
public interface Leads extends OwnedRecordStore<LeadId, Lead> {}
