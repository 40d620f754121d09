package org.crmkernel.customer;

import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.id.LeadId;

/**
 * Leads: unqualified prospects. Besides the lifecycle every customer record has, the lead's own
 * business actions: qualify, disqualify with a reason, and convert.
 */
public interface LeadService extends CustomerService<LeadId, Lead, LeadDraft, LeadDraft.Builder> {

  /**
   * Marks an open or disqualified lead as qualified (clearing a disqualification reason, which a
   * user whom field security does not let update the reason may not do).
   */
  Lead qualify(LeadId id, long expectedVersion);

  /**
   * Marks a lead that is not converted as disqualified, for {@code reason}; a user whom field
   * security does not let update the reason may neither set nor clear it.
   */
  Lead disqualify(LeadId id, long expectedVersion, String reason);

  /**
   * Existing accounts and contacts the lead matches by normalised e-mail, phone and name, to link
   * instead of creating duplicates on conversion. In a user session, only records the user may
   * read, matched on values the user may read, with secured values emptied.
   */
  ConversionCandidates conversionCandidates(LeadId id);

  /**
   * Converts the lead in one transaction: links or creates the account and the contact, opens
   * the deal if asked, maps the fields, and marks the lead converted with links to what it
   * became. The created records are audited and announced as any creation is; the conversion
   * itself is audited once and emits one {@code LeadConverted} event. A converted lead is
   * read-only. In a user session, linking an account or contact needs read and append-to on it;
   * lead values the user may not read do not carry over; the result shows what the user may read.
   *
   * @throws org.crmkernel.model.error.CrmValidationException listing what is wrong with the
   *     lead's state, the choices and the mapping (and, failing that, with a record to create,
   *     under {@code account.}, {@code contact.} or {@code deal.}); nothing is written
   */
  LeadConversionResult convert(LeadId id, long expectedVersion, LeadConversionOptions options);
}
