package org.crmkernel.customer;

import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.id.LeadId;

/** Leads: unqualified prospects. */
public interface LeadService extends CustomerService<LeadId, Lead, LeadDraft, LeadDraft.Builder> {}
