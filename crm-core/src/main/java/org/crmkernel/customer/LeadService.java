package org.crmkernel.customer;

import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.id.LeadId;

/**
 * Leads: unqualified prospects. Besides the lifecycle every customer record has, the lead's own
 * business actions: qualify, disqualify with a reason, and convert.
 */
public interface LeadService extends CustomerService<LeadId, Lead, LeadDraft, LeadDraft.Builder> {

  /** Marks an open or disqualified lead as qualified (clearing a disqualification reason). */
  Lead qualify(LeadId id, long expectedVersion);

  /** Marks a lead that is not converted as disqualified, for {@code reason}. */
  Lead disqualify(LeadId id, long expectedVersion, String reason);

  /**
   * Existing accounts and contacts the lead matches by normalised e-mail, phone and name, to link
   * instead of creating duplicates on conversion.
   */
  ConversionCandidates conversionCandidates(LeadId id);

  /**
   * Converts the lead in one transaction: links or creates the account and the contact, opens
   * the deal if asked, maps the fields, and marks the lead converted with links to what it
   * became. The created records are audited and announced as any creation is; the conversion
   * itself is audited once and emits one {@code LeadConverted} event. A converted lead is
   * read-only.
   *
   * @throws org.crmkernel.model.error.CrmValidationException listing what is wrong with the
   *     lead's state, the choices and the mapping (and, failing that, with a record to create,
   *     under {@code account.}, {@code contact.} or {@code deal.}); nothing is written
   */
  LeadConversionResult convert(LeadId id, long expectedVersion, LeadConversionOptions options);
}
