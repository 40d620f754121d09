package org.crmkernel.architecture.violations.model.record;

import java.util.List;
import java.util.Optional;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Revision;

/** Violates three times: an aggregate that holds other aggregates instead of their ids. */
public record Deal(
    AccountId id, TenantId tenantId, Revision revision, Quote quote, List<Quote> quotes, Optional<Quote> acceptedQuote)
    implements CrmRecord {}
